import fc from "fast-check";
import { summarizeRoster } from "../../../shared/evaluation/roster-summary";
import { companyEligibility } from "../../../shared/rules/company-eligibility";
import { wageGap } from "../../../shared/rules/wage-gap";
import type { Worker } from "../../../shared/roster/worker";

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const date = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2025, 11, 31) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const worker: fc.Arbitrary<Omit<Worker, "row" | "employeeId">> = fc.record({
  name: maybe(fc.constant("山田")),
  gender: fc.constantFrom("woman" as const, "man" as const),
  // Full-width and spaced spellings fall into the same category (textKey).
  category: fc.constantFrom("総合職", "一般職", "ＡＢ職", "AB職", " 一般職"),
  employmentType: fc.constantFrom("regular" as const, "nonRegular" as const, "dispatched" as const),
  term: maybe(fc.constantFrom("indefinite" as const, "fixed" as const)),
  hireDate: maybe(date),
  grade: fc.constantFrom(
    "officer" as const,
    "director" as const,
    "sectionChief" as const,
    "subsectionChief" as const,
    "none" as const,
  ),
  officerEmployee: maybe(fc.boolean()),
  expectedOneYear: maybe(fc.boolean()),
  positionTitle: maybe(fc.constant("係長")),
  appointmentDate: maybe(date),
  positionAllowance: fc.constantFrom(0, 5000),
  retirementPlan: maybe(fc.boolean()),
  workplace: maybe(fc.constantFrom("tokyo" as const, "outside" as const)),
  employmentInsurance: maybe(fc.boolean()),
  trainingDate: maybe(date),
  annualWage: maybe(fc.integer({ min: 0, max: 9_000_000 })),
  weeklyHours: maybe(fc.constantFrom(20, 37.5, 40)),
});

const wageOptions = fc.record(
  {
    hoursConversion: fc.boolean(),
    fullTimeHours: fc.constantFrom(30, 40, -1),
    exclusions: fc.subarray(["commuting", "retirement"] as const),
  },
  { requiredKeys: [] },
);

describe("summarizeRoster's single pass", () => {
  it("gives companyEligibility's and wageGap's results, whatever the roster and options", () => {
    fc.assert(
      fc.property(
        fc.array(worker, { maxLength: 40 }),
        maybe(date),
        wageOptions,
        (rows, asOf, options) => {
          const workers: Worker[] = rows.map((w, i) => ({
            row: i + 2,
            employeeId: `E${i}`,
            ...w,
          }));
          const read = {
            workers,
            issues: [],
            rowCount: workers.length,
            rejectedRows: [],
            columns: [],
            extraHeaders: [],
          };
          const summary = summarizeRoster(read, { asOf, wageGap: options });
          expect(summary.eligibility).toStrictEqual(companyEligibility(workers, asOf));
          expect(summary.wageGap).toStrictEqual(wageGap(workers, options));
        },
      ),
      { numRuns: 300 },
    );
  });
});
