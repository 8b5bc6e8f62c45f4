import fc from "fast-check";
import { buildPublication } from "../../../dashboard/server/aggregation/build-publication";
import { keyOf } from "../../../dashboard/server/aggregation/load-publication";
import type {
  Publication,
  QuartileFigures,
  ScopePublication,
} from "../../../dashboard/server/aggregation/publication";
import { STAT_KEYS } from "../../../dashboard/server/aggregation/raw-aggregates";
import { auditReleases } from "../../../dashboard/server/disclosure/audit/audit";
import { auditSolverReady, loadedSolver } from "../../../dashboard/server/disclosure/audit/solver";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import type { IndustryCode, StatsRecord } from "../../../shared/stats/record-schema";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";

/**
 * Over-suppression of quartiles (issue 14, "safe statistics for small cells"): a quartile block
 * of ≥ 10 companies is published in whole percent unless a stated rule (docs/privacy-sdc.md)
 * withholds it; hiding its n (a count of companies with a value) never hides the quartiles,
 * and the quartiles' change between two releases never gives away 1–2 companies.
 */
const ROUNDS = [1, 2, 3, 4, 5, 6].map((round) => ({ round, capacity: round === 1 ? 100 : 80 }));

interface Release {
  raw: ReturnType<typeof referenceAggregate>;
  publication: Publication;
  round: number | null;
  fiscalYear: number;
}

function releaseAll(snapshots: readonly StatsRecord[][]): Release[] {
  const out: Release[] = [];
  for (const records of snapshots) {
    const raw = referenceAggregate(records, 2025);
    const publication = buildPublication(raw, ROUNDS, { earlier: [...out] });
    out.push({ raw, publication, round: null, fiscalYear: 2025 });
  }
  return out;
}

const company = (industry: IndustryCode, round: number, gap: number | null) =>
  makeRecord((r) => {
    r.industry = industry;
    r.round = round;
    r.wageGap.all = gap;
  });

/** Industry G in round 2, so that E is not the whole year. */
const others = () => Array.from({ length: 12 }, (_, i) => company("G", 2, 60 + i));

const block = (pub: Publication, industry: string): QuartileFigures =>
  pub.fiscalYearScope.byIndustry.find((r) => r.key === industry)!.figures.stats.wageGapAll;

const values = (q: QuartileFigures) => [q.q1.value, q.median.value, q.q3.value];

describe("a quartile block's n hidden never hides its quartiles", () => {
  // 14 companies of E, 13 with a wage gap 50.6, 52.6, … 74.6 and one without (men only): n = 13
  // gives away 1 company without a value, so n is a protected count.
  const gaps = Array.from({ length: 13 }, (_, i) => 50.6 + 2 * i);
  const records = [...gaps.map((g) => company("E", 1, g)), company("E", 1, null), ...others()];
  const [release] = releaseAll([records]);

  it("publishes the quartiles in whole percent, n withheld", () => {
    const e = block(release!.publication, "E");
    expect(e.n.suppressed).toBe(true);
    // percentile_cont, n = 13: positions 3, 6, 9 → 56.6, 62.6, 68.6 → whole percent, half up
    expect(values(e)).toEqual([57, 63, 69]);
    expect([e.q1, e.median, e.q3].every((f) => !f.suppressed)).toBe(true);
  });

  it("the audit knows what shown quartiles say about the hidden n (≥ 10), and it is not pinned", async () => {
    await auditSolverReady;
    const figures = auditReleases([release!], loadedSolver()!);
    const n = figures.find((f) => f.label === "#1 n.wageGapAll@FY/industry/E")!;
    expect(n.value).toBe(13);
    expect(n.lower).toBeGreaterThanOrEqual(10);
    expect(n.upper).toBe(14);
    expect(n.disclosed).toBe(false);
  });

  it("withholds them where the hidden n sits in a group under 13 (shown would say n ∈ [10, 12])", () => {
    const small = [
      ...gaps.slice(0, 10).map((g) => company("E", 1, g)),
      company("E", 1, null),
      ...others(),
    ];
    const e = block(buildPublication(referenceAggregate(small, 2025), ROUNDS), "E");
    expect(e.n.suppressed).toBe(true);
    expect([e.q1, e.median, e.q3].every((f) => f.suppressed && f.value === null)).toBe(true);
  });
});

describe("two blocks of one release, one inside the other, 1–2 companies apart", () => {
  // Round 1 has 13 companies of E (gaps 40, 43, … 73 and one without), round 2 one more with
  // 56.9: the year's E has 13 values, whose median (rank 6) is that company's value, next to
  // round 1's quartiles of the other 12. Both n are hidden (1 company without a value).
  const gaps = Array.from({ length: 12 }, (_, i) => 40 + 3 * i);
  const late = company("E", 2, 56.9);
  const records = [
    ...gaps.map((g) => company("E", 1, g)),
    company("E", 1, null),
    late,
    ...others(),
  ];
  const release = releaseAll([records])[0]!;
  const yearE = block(release.publication, "E");
  const roundE = release.publication.rounds[0]!.byIndustry.find((r) => r.key === "E")!.figures.stats
    .wageGapAll;

  it("shows the year's quartiles and withholds the round's (the smaller group)", () => {
    const own = release.raw.groups.find(
      (g) => g.round === null && g.dimension === "industry" && g.key === "E",
    )!.stats.wageGapAll;
    expect(own.median).toBe(56.9);
    expect(yearE.median).toEqual({ value: 57, suppressed: false });
    expect([roundE.q1, roundE.median, roundE.q3].every((f) => f.suppressed)).toBe(true);
  });

  it("the audit does not read 'n < 10' into the withheld block", async () => {
    await auditSolverReady;
    const figures = auditReleases([release], loadedSolver()!);
    expect(roundE.n.suppressed).toBe(true);
    const n = figures.find((f) => f.label === "#1 n.wageGapAll@r1/industry/E")!;
    expect(n.value).toBe(12);
    expect(n.upper).toBeGreaterThanOrEqual(12);
    expect(figures.every((f) => f.lower <= f.value + 1e-6 && f.value <= f.upper + 1e-6)).toBe(true);
  });
});

describe("a block against a block around it in an earlier release", () => {
  it("round 1's quartiles, withheld beside the year's, stay withheld when the year grows", () => {
    // Release 1: round 1 has 12 values of E (and one company without), round 2 one more
    // (56.9): the year's E shows its quartiles, round 1's E is withheld (rule 4). Release 2:
    // five more companies of E in round 2. Round 1's E is now far from the year's E of release
    // 2, but 1 company from the year's E of release 1: shown, it would give that company away.
    const gaps = Array.from({ length: 12 }, (_, i) => 40 + 3 * i);
    const first = [
      ...gaps.map((g) => company("E", 1, g)),
      company("E", 1, null),
      company("E", 2, 56.9),
      ...others(),
    ];
    const second = [...first, ...[45.5, 50, 66.6, 70, 81].map((g) => company("E", 2, g))];
    const [a, b] = releaseAll([first, second]);
    const roundE = (pub: Publication) =>
      pub.rounds[0]!.byIndustry.find((r) => r.key === "E")!.figures.stats.wageGapAll;
    expect(block(a!.publication, "E").median).toEqual({ value: 57, suppressed: false });
    expect(roundE(a!.publication).median.suppressed).toBe(true);
    expect(block(b!.publication, "E").median.suppressed).toBe(false);
    expect(
      [roundE(b!.publication).q1, roundE(b!.publication).median].map((f) => f.suppressed),
    ).toEqual([true, true]);
  });
});

describe("the demo year: every quartile block the rules allow is published", () => {
  const records = demoRecords();
  const raw = referenceAggregate(records, 2025);
  const publication = buildPublication(raw, keyOf(2025).rounds);

  const rowsOf = (scope: ScopePublication) => [
    { dimension: "total" as const, key: "", figures: scope.figures },
    ...scope.bySizeBand.map((r) => ({ dimension: "sizeBand" as const, ...r })),
    ...scope.byIndustry.map((r) => ({ dimension: "industry" as const, ...r })),
  ];

  it("shows a block exactly when it has ≥ 10 values (and, with n hidden, ≥ 13 companies)", () => {
    let shown = 0;
    for (const scope of [publication.fiscalYearScope, ...publication.rounds]) {
      for (const row of rowsOf(scope)) {
        const group = raw.groups.find(
          (g) => g.round === scope.round && g.dimension === row.dimension && g.key === row.key,
        );
        if (!group) continue; // no records: nothing to show
        for (const stat of STAT_KEYS) {
          const q = row.figures.stats[stat];
          const n = group.stats[stat].n;
          if (n === 0) continue;
          const allowed = n >= 10 && (!q.n.suppressed || group.companies >= 13);
          expect([scope.round, row.key, stat, !q.median.suppressed]).toEqual([
            scope.round,
            row.key,
            stat,
            allowed,
          ]);
          if (allowed) {
            shown++;
            for (const v of values(q)) expect(Number.isInteger(v)).toBe(true);
          }
        }
      }
    }
    // Before this rule, 25 of the demo's 144 blocks with ≥ 10 values were published.
    expect(shown).toBeGreaterThan(100);
  });

  it("never hides a number of companies", () => {
    for (const scope of [publication.fiscalYearScope, ...publication.rounds]) {
      for (const row of rowsOf(scope)) expect(row.figures.companies.suppressed).toBe(false);
    }
  });

  it("shows the common industries' and every size band's quartiles for the year", () => {
    const year = publication.fiscalYearScope;
    for (const key of ["E", "G", "I", "P"]) {
      const row = year.byIndustry.find((r) => r.key === key)!;
      expect([key, row.figures.stats.wageGapAll.median.suppressed]).toEqual([key, false]);
      expect([key, row.figures.stats.managerRatioAfter.median.suppressed]).toEqual([key, false]);
    }
    for (const row of year.bySizeBand) {
      expect([row.key, row.figures.stats.wageGapAll.median.suppressed]).toEqual([row.key, false]);
    }
  });
});

describe("the change of quartiles between releases gives no company away", () => {
  // 14 companies of E with gaps 40, 43, … 79: median at position 6.5 = (58 + 61) / 2 = 59.5.
  const base = [...Array.from({ length: 14 }, (_, i) => company("E", 1, 40 + 3 * i)), ...others()];

  it("one company more: its value would be the new median; the earlier values stay", () => {
    // 60.9 lies between the 7th and 8th values, so the 15 values' median (rank 7) is 60.9.
    const newcomer = company("E", 2, 60.9);
    const [first, second] = releaseAll([base, [...base, newcomer]]);
    const before = block(first!.publication, "E");
    const after = block(second!.publication, "E");
    // q1 at 3.25: 49 + 0.25 × 3 = 49.75; median at 6.5: 59.5; q3 at 9.75: 69.25
    expect(values(before)).toEqual([50, 60, 69]);
    expect(after.median.value).not.toBe(61);
    expect(values(after)).toEqual(values(before));
    // Unprotected (the block's own quartiles) the newcomer's value would be the median:
    const own = referenceAggregate([...base, newcomer], 2025).groups.find(
      (g) => g.round === null && g.dimension === "industry" && g.key === "E",
    )!.stats.wageGapAll;
    expect(own.median).toBe(60.9);
  });

  it("a replaced record (same count, other values): the earlier values stay", () => {
    const replaced = [...base.slice(1), company("E", 1, 95)];
    const [first, second] = releaseAll([base, replaced]);
    const own = referenceAggregate(replaced, 2025).groups.find(
      (g) => g.round === null && g.dimension === "industry" && g.key === "E",
    )!.stats.wageGapAll;
    expect(Math.round(own.q1!)).not.toBe(block(first!.publication, "E").q1.value);
    expect(values(block(second!.publication, "E"))).toEqual(values(block(first!.publication, "E")));
  });

  it("three companies more: the new quartiles are published", () => {
    const three = [55.2, 66.4, 88.8].map((g) => company("E", 2, g));
    const [, second] = releaseAll([base, [...base, ...three]]);
    const own = referenceAggregate([...base, ...three], 2025).groups.find(
      (g) => g.round === null && g.dimension === "industry" && g.key === "E",
    )!.stats.wageGapAll;
    expect(values(block(second!.publication, "E"))).toEqual(
      [own.q1, own.median, own.q3].map((v) => Math.round(v!)),
    );
  });

  it("property: 1–2 companies between two releases never move a published quartile", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 13, maxLength: 24 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 2 }),
        (start, added) => {
          const first = [...start.map((v) => company("E", 1, v / 10)), ...others()];
          const second = [...first, ...added.map((v) => company("E", 3, v / 10))];
          const [a, b] = releaseAll([first, second]);
          const [before, after] = [block(a!.publication, "E"), block(b!.publication, "E")];
          expect(before.median.suppressed).toBe(false);
          expect(values(after)).toEqual(values(before));
        },
      ),
      { numRuns: 25, seed: 14 },
    );
  });
});
