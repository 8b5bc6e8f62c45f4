import fc from "fast-check";
import { buildPublication } from "../../../dashboard/server/aggregation/build-publication";
import { gridOf, systemsOf } from "../../../dashboard/server/aggregation/publication-systems";
import type {
  Figure,
  GroupFigures,
  Publication,
} from "../../../dashboard/server/aggregation/publication";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import type { IndustryCode, SizeBand, StatsRecord } from "../../../shared/stats/record-schema";
import { attack, COUNT_MEASURES } from "../support/attacker";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";

const ROUNDS = [1, 2, 3, 4, 5, 6].map((round) => ({ round, capacity: round === 1 ? 100 : 80 }));

const publish = (records: StatsRecord[], options?: Parameters<typeof buildPublication>[2]) =>
  buildPublication(referenceAggregate(records, 2025), ROUNDS, options);

/** The adversarial claims, checked from the outside, on published figures only. */
function expectSafe(publication: Publication): void {
  const result = attack(publication);
  expect([...result.recovered.keys()]).toEqual([]);
  // Whatever several suppressed counts add up to is published implicitly: never 1 or 2.
  const smallSums = result.hiddenSums.filter(
    (h) => COUNT_MEASURES.includes(h.measure) && h.value > 0 && h.value < 3,
  );
  expect(smallSums).toEqual([]);
}

/** Every figure object of a group, with its path (for "everything is X" checks). */
function figuresOf(group: GroupFigures): [string, Figure][] {
  const out: [string, Figure][] = [];
  const walk = (node: unknown, path: string) => {
    const n = node as Record<string, unknown>;
    if (typeof n["suppressed"] === "boolean") out.push([path, n as unknown as Figure]);
    else for (const [k, v] of Object.entries(n)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(group, "");
  return out;
}

describe("the demo year: every suppressed figure stays unrecoverable", () => {
  const records = demoRecords();
  const publication = publish(records);

  it("hides every figure of a round with fewer than 3 companies", () => {
    const round6 = publication.rounds.find((r) => r.round === 6)!;
    expect(records.filter((r) => r.round === 6)).toHaveLength(2);
    // Numbers of companies are public (issue 14): the round's 2 is shown, nothing else.
    expect(round6.figures.companies).toEqual({ value: 2, suppressed: false });
    for (const [path, figure] of figuresOf(round6.figures)) {
      if (path === "companies") continue;
      expect([path, figure.suppressed || forcedZero(path, figure)]).toEqual([path, true]);
    }
    // A band the year shows as 0 is 0 in every round: shown (issue 14), every other is hidden.
    const yearBands = publication.fiscalYearScope.distributions.wageGapAll;
    round6.distributions.wageGapAll.forEach((row, band) => {
      const yearZero = yearBands[band]!.companies;
      expect(row.companies.suppressed || (yearZero.value === 0 && row.companies.value === 0)).toBe(
        true,
      );
    });
    expect(round6.distributions.wageGapAll.some((row) => row.companies.suppressed)).toBe(true);
  });

  /** Shown although the group is small: a 0 that a published 0 of the year already implies… */
  /** …or the round's total, or the year's figure of the same size band or industry. */
  const forcedZero = (
    path: string,
    figure: Figure,
    scope = publication.fiscalYearScope,
    key = "",
  ) => {
    const year = publication.fiscalYearScope;
    const yearRow = [...year.bySizeBand, ...year.byIndustry].find((r) => r.key === key);
    return (
      figure.value === 0 &&
      [year.figures, scope.figures, ...(yearRow ? [yearRow.figures] : [])].some((figures) => {
        const total = figuresOf(figures).find(([p]) => p === path)![1];
        return total.value === 0 && !total.suppressed;
      })
    );
  };

  it("defeats every linear attack (row/column totals, year minus rounds, two breakdowns, grant)", () => {
    expectSafe(publication);
  });

  it("the same attacks DO recover figures when secondary suppression is switched off", () => {
    const primaryOnly = attack(publish(records, { secondary: false }));
    // The true values, straight from the aggregates (no disclosure control at all).
    const raw = referenceAggregate(records, 2025);
    const truth = new Map(
      systemsOf(raw, gridOf(raw, [1, 2, 3, 4, 5, 6]))
        .flatMap((system) => system.cells)
        .map((cell) => [cell.id, cell.value]),
    );
    expect(primaryOnly.recovered.size).toBeGreaterThan(10);
    // …and what they recover is the true value: the attacker is not bluffing.
    const trueValue = (id: string): number => {
      const [scope, dim, key, ...path] = id.split("|");
      if (dim === "band") return truth.get(`band.${key}.${path[0]}@${scope}/total/`)!;
      const measure = path.join("|").replace(/^stats\.(\w+)\.n$/, "n.$1");
      return truth.get(`${measure}@${scope}/${dim}/${dim === "total" ? "" : key}`)!;
    };
    let checked = 0;
    for (const [id, value] of primaryOnly.recovered) {
      if (value === null) continue; // needs the grant remainder, which the attacker does not have
      expect([id, value.toNumber()]).toEqual([id, trueValue(id)]);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("hides whole groups of 1–2 companies in every breakdown", () => {
    for (const scope of [publication.fiscalYearScope, ...publication.rounds]) {
      for (const row of [...scope.bySizeBand, ...scope.byIndustry]) {
        const size = records.filter(
          (r) =>
            (scope.round === null || r.round === scope.round) &&
            (r.sizeBand === row.key || (r.industry ?? "unknown") === row.key),
        ).length;
        if (size === 1 || size === 2) {
          expect(row.figures.companies).toEqual({ value: size, suppressed: false });
          const computed = figuresOf(row.figures).filter(([path]) => path !== "companies");
          for (const [path, f] of computed) {
            expect([path, f.suppressed || forcedZero(path, f, scope, row.key)]).toEqual([
              path,
              true,
            ]);
          }
        }
      }
    }
  });
});

describe("named attacks on small hand-made years", () => {
  const many = (n: number, change: (r: StatsRecord, i: number) => void) =>
    Array.from({ length: n }, (_, i) => makeRecord((r) => change(r, i)));

  it("year total minus the visible rounds does not give away a round of 2", () => {
    const records = [
      ...many(10, (r) => (r.round = 1)),
      ...many(8, (r) => (r.round = 2)),
      ...many(2, (r) => (r.round = 3)),
    ];
    const publication = publish(records);
    // Numbers of companies are public; what the 2 companies did (all selected A) is not.
    expect(publication.rounds[2]!.figures.companies).toEqual({ value: 2, suppressed: false });
    const selectedA = publication.rounds.map((r) => r.figures.selected.A);
    expect(selectedA[2]).toEqual({ value: null, suppressed: true });
    expect(selectedA.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
    expectSafe(publication);
  });

  it("a row total minus its visible size bands does not give away a band of 1", () => {
    const records = [
      ...many(9, (r) => (r.sizeBand = "1-29")),
      ...many(7, (r) => (r.sizeBand = "30-99")),
      makeRecord((r) => (r.sizeBand = "100-300")),
      ...many(12, (r) => {
        r.round = 2;
        r.sizeBand = (["1-29", "30-99", "100-300"] as SizeBand[])[r.categories.total % 3]!;
      }),
    ];
    const publication = publish(records);
    const round1 = publication.rounds[0]!;
    expect(round1.bySizeBand.find((b) => b.key === "100-300")!.figures.selected.A.suppressed).toBe(
      true,
    );
    expectSafe(publication);
  });

  it("two breakdowns of one set: industries do not reveal what size bands hide, or the reverse", () => {
    const industries: IndustryCode[] = ["E", "G", "I"];
    const records = [
      ...many(12, (r, i) => {
        r.industry = industries[i % 3]!;
        r.sizeBand = i % 2 === 0 ? "1-29" : "30-99";
      }),
      makeRecord((r) => {
        r.industry = "B";
        r.sizeBand = "100-300";
      }),
      ...many(9, (r, i) => {
        r.round = 2;
        r.industry = industries[i % 3]!;
      }),
    ];
    const publication = publish(records);
    expectSafe(publication);
    const round1 = publication.rounds[0]!;
    expect(round1.byIndustry.find((b) => b.key === "B")!.figures.selected.A.suppressed).toBe(true);
    expect(round1.bySizeBand.find((b) => b.key === "100-300")!.figures.selected.A.suppressed).toBe(
      true,
    );
  });

  it("the grant cannot be played against the achieved counts", () => {
    const records = [
      ...many(6, (r) => (r.round = 1)),
      ...many(5, (r) => {
        r.round = 2;
        r.actions.selected.D = true;
      }),
      makeRecord((r) => {
        r.round = 2;
        r.actions.selected.D = true;
        r.actions.achieved.D = true;
        r.projectedGrantYen = 400_000;
      }),
    ];
    const publication = publish(records);
    const round2 = publication.rounds[1]!.figures;
    expect(round2.achieved.D.suppressed).toBe(true);
    // grant − 3·(A + B + C) would give D away unless one more of them is hidden too
    const others = [
      round2.sums.projectedGrantYen,
      round2.achieved.A,
      round2.achieved.B,
      round2.achieved.C,
    ];
    expect(others.some((f) => f.suppressed)).toBe(true);
    expectSafe(publication);
  });
});

describe("property: any year of records is published safely", () => {
  const recordArb = fc
    .record({
      round: fc.integer({ min: 1, max: 6 }),
      sizeBand: fc.constantFrom<SizeBand>("1-29", "30-99", "100-300"),
      industry: fc.constantFrom<IndustryCode | null>("E", "G", "I", "P", null),
      a: fc.boolean(),
      achieveA: fc.boolean(),
      d: fc.boolean(),
      achieveD: fc.boolean(),
      complete: fc.boolean(),
      newManagers: fc.integer({ min: 0, max: 2 }),
      gap: fc.integer({ min: 400, max: 1100 }),
    })
    .map((x) =>
      makeRecord((r) => {
        r.round = x.round;
        r.sizeBand = x.sizeBand;
        r.industry = x.industry;
        r.actions.selected = { A: true, B: !x.a, C: false, D: x.d };
        r.actions.achieved = { A: x.achieveA, B: false, C: false, D: x.d && x.achieveD };
        r.counts.report.managers.women = r.counts.application.managers.women + x.newManagers;
        r.training.complete = x.complete;
        r.wageGap.all = x.gap / 10;
        const ac = Number(x.achieveA);
        r.projectedGrantYen = x.complete
          ? ac * 300_000 + (ac > 0 && x.d && x.achieveD ? 100_000 : 0)
          : 0;
      }),
    );

  it("leaves no suppressed figure recoverable and no small implicit sum", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 60 }), (records) => {
        expectSafe(publish(records));
      }),
      { numRuns: 25 },
    );
  });
});
