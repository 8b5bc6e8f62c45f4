import fc from "fast-check";
import type { Grade } from "../../../shared/roster/worker";
import { averageTenure } from "../../../shared/rules/tenure";
import { wageGapBreakdown } from "../../../shared/rules/wage-gap-breakdown";
import { roster } from "./roster-factory";

const GRADES: Grade[] = ["officer", "director", "sectionChief", "subsectionChief", "none"];

describe("wageGapBreakdown properties", () => {
  it("explains nothing (within rounding) when women and men have the same grade mix", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            grade: fc.constantFrom(...GRADES),
            women: fc.array(fc.integer({ min: 1_000_000, max: 20_000_000 }), {
              minLength: 2,
              maxLength: 4,
            }),
            menWage: fc.integer({ min: 1_000_000, max: 20_000_000 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        (cells) => {
          let n = 0;
          // Each grade gets as many men as women: the same distribution over grades.
          const workers = roster(
            ...cells.flatMap((c) =>
              c.women.flatMap((wage) => [
                // Officers count as 労働者 only when also employees (使用人兼務).
                {
                  employeeId: `W${++n}`,
                  gender: "woman" as const,
                  grade: c.grade,
                  annualWage: wage,
                  officerEmployee: true,
                },
                {
                  employeeId: `M${++n}`,
                  grade: c.grade,
                  annualWage: c.menWage,
                  officerEmployee: true,
                },
              ]),
            ),
          );
          const mix = wageGapBreakdown(workers, "2025-10-01").gradeMix;
          expect(mix.explainedPoints).not.toBeNull();
          expect(Math.abs(mix.explainedPoints!)).toBeLessThanOrEqual(0.1);
        },
      ),
    );
  });

  it("the average tenure lies between the shortest and the longest", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 * 365 }), { minLength: 1, maxLength: 20 }),
        (daysBack) => {
          const asOf = "2025-10-01";
          const hires = daysBack.map((d) =>
            new Date(Date.UTC(2025, 9, 1) - d * 86_400_000).toISOString().slice(0, 10),
          );
          const t = averageTenure(
            roster(...hires.map((hireDate, i) => ({ employeeId: `E${i}`, hireDate }))),
            asOf,
          );
          const years = daysBack.map((d) => d / 365.2425);
          expect(t.male.years!).toBeGreaterThanOrEqual(
            Math.floor(Math.min(...years) * 10) / 10 - 0.1,
          );
          expect(t.male.years!).toBeLessThanOrEqual(Math.max(...years) + 0.1);
          expect(t.male.counted).toBe(daysBack.length);
        },
      ),
    );
  });
});
