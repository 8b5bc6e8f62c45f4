import { buildPublication } from "../../../dashboard/server/aggregation/build-publication";
import type { Publication } from "../../../dashboard/server/aggregation/publication";
import type { IndustryCode, SizeBand, StatsRecord } from "../../../shared/stats/record-schema";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";
import { subtract, subtractThroughTotals } from "../support/release-attacker";

/**
 * Issue 14's attacks on published tables, from the outside (published figures only). Each of
 * them recovered figures of single companies before disclosure control knew about small
 * quantile groups and earlier releases.
 */
const ROUNDS = [1, 2, 3, 4, 5, 6].map((round) => ({ round, capacity: round === 1 ? 100 : 80 }));

interface Release {
  raw: ReturnType<typeof referenceAggregate>;
  publication: Publication;
  round: number | null;
  fiscalYear: number;
}

/** Releases in order, each built knowing the ones before (as release creation does). */
function releaseAll(snapshots: readonly { records: StatsRecord[]; round: number | null }[]) {
  const out: Release[] = [];
  for (const { records, round } of snapshots) {
    const raw = referenceAggregate(records, 2025);
    const publication = buildPublication(raw, ROUNDS, { earlier: [...out] });
    out.push({ raw, publication, round, fiscalYear: 2025 });
  }
  return out;
}

const SIZES: SizeBand[] = ["1-29", "30-99", "100-300"];
const INDUSTRIES: IndustryCode[] = ["E", "G", "I", "P"];

/** A varied year: companies spread over rounds 1–3, bands and industries, figures differing. */
function year(count: number, seed = 0): StatsRecord[] {
  return Array.from({ length: count }, (_, i) =>
    makeRecord((r) => {
      const k = i + seed;
      r.round = 1 + (k % 3);
      r.sizeBand = SIZES[k % 2]!;
      r.industry = INDUSTRIES[k % 4]!;
      r.actions.selected = { A: true, B: k % 3 === 0, C: false, D: k % 5 === 0 };
      r.actions.achieved = { A: k % 4 !== 0, B: false, C: false, D: false };
      r.counts.report.managers.women = r.counts.application.managers.women + (k % 3);
      r.categories = { total: 3 + (k % 4), below40: 1 + (k % 2) };
      r.wageGap.all = 50 + ((k * 7) % 40);
      r.projectedGrantYen = k % 4 !== 0 ? 300_000 : 0;
    }),
  );
}

/** A late company with figures of its own (so that a subtraction would single it out). */
const late = (change: (r: StatsRecord) => void = () => undefined) =>
  makeRecord((r) => {
    r.round = 1;
    r.sizeBand = "30-99";
    r.industry = "E";
    r.actions.selected = { A: true, B: true, C: true, D: false };
    r.actions.achieved = { A: true, B: true, C: false, D: false };
    r.counts.report.managers.women = r.counts.application.managers.women + 4;
    r.categories = { total: 7, below40: 3 };
    r.projectedGrantYen = 600_000;
    change(r);
  });

describe("quantile inversion: no quartiles of fewer than 10 companies", () => {
  /** Round 2 holds exactly n companies with these wage gaps; round 1 holds 12 others. */
  const publishWith = (gaps: number[]) => {
    const records = [
      ...year(12).map((r) => ({ ...r, round: 1 })),
      ...gaps.map((gap) =>
        makeRecord((r) => {
          r.round = 2;
          r.wageGap.all = gap;
        }),
      ),
    ];
    return buildPublication(referenceAggregate(records, 2025), ROUNDS);
  };

  /**
   * percentile_cont's positions for n = 3, 4, 5: the attacker (one of the companies, who knows
   * its own value, the smallest) solves for the others.
   */
  const invert = (n: number, own: number, q1: number, median: number, q3: number): number[] => {
    if (n === 3) return [2 * q1 - median, median, 2 * q3 - median];
    if (n === 4) {
      const v2 = (q1 - 0.25 * own) / 0.75; // q1 at position 0.75
      const v3 = 2 * median - v2; // median at 1.5
      return [own, v2, v3, (q3 - 0.75 * v3) / 0.25]; // q3 at 2.25
    }
    return [own, q1, median, q3]; // n = 5: positions 1, 2, 3 are values
  };

  it.each([
    [3, [40, 60, 90]],
    [4, [40, 60, 70, 90]],
    [5, [40, 55, 60, 70, 90]],
  ])("n = %i: the quartiles do not give the companies' values back", (n, gaps) => {
    const round2 = publishWith(gaps).rounds[1]!;
    const stats = round2.figures.stats.wageGapAll;
    expect(stats.n.value ?? n).toBe(n);
    const { q1, median, q3 } = stats;
    const shown = !q1.suppressed && !median.suppressed && !q3.suppressed;
    const recovered = shown ? invert(n, gaps[0]!, q1.value!, median.value!, q3.value!) : [];
    const exact = recovered.filter((v, i) => Math.abs(v - gaps[i]!) < 0.05);
    expect(exact).toEqual([]);
    expect([q1, median, q3].every((f) => f.suppressed)).toBe(true);
  });

  it("publishes quartiles of 10 or more companies in whole percent", () => {
    const gaps = [40.2, 55.5, 60.4, 61.6, 70.1, 72.5, 80.3, 81.7, 85.9, 90.4];
    const stats = publishWith(gaps).rounds[1]!.figures.stats.wageGapAll;
    // percentile_cont: q1 at 2.25 → 60.4 + 0.25 × 1.2 = 60.7; median at 4.5 → 71.3; q3 at 6.75
    expect([stats.q1.value, stats.median.value, stats.q3.value]).toEqual([61, 71, 81]);
  });
});

describe("release vs release: two releases of one year a few records apart", () => {
  it("subtracting them gives nothing of the company that came in between", () => {
    const base = year(40);
    const [first, second] = releaseAll([
      { records: base, round: null },
      { records: [...base, late()], round: null },
    ]);
    expect(subtract(first!.publication, second!.publication)).toEqual([]);
    expect(subtractThroughTotals(first!.publication, second!.publication)).toEqual([]);
    // Numbers of companies are public and still shown.
    expect(second!.publication.rounds[0]!.figures.companies.value).toBe(
      base.filter((r) => r.round === 1).length + 1,
    );
  });

  it("nor of two companies that came in together, through three releases", () => {
    const base = year(45, 1);
    const twoLate = [late(), late((r) => (r.projectedGrantYen = 300_000))];
    const releases = releaseAll([
      { records: base, round: null },
      { records: [...base, twoLate[0]!], round: null },
      { records: [...base, ...twoLate], round: null },
    ]);
    for (const [i, j] of [
      [0, 1],
      [1, 2],
      [0, 2],
    ] as const) {
      expect(subtract(releases[i]!.publication, releases[j]!.publication)).toEqual([]);
      expect(subtractThroughTotals(releases[i]!.publication, releases[j]!.publication)).toEqual([]);
    }
  });
});

describe("round vs fiscal year", () => {
  it("a round's release and the year's release after a late record of that round", () => {
    const base = year(42, 2);
    const [round1, fiscalYear] = releaseAll([
      { records: base, round: 1 },
      { records: [...base, late()], round: null },
    ]);
    expect(subtract(round1!.publication, fiscalYear!.publication)).toEqual([]);
    expect(subtractThroughTotals(round1!.publication, fiscalYear!.publication)).toEqual([]);
  });
});

describe("breakdown vs total", () => {
  it("a size band hidden in both releases is not its total minus the other bands", () => {
    // Band 100-300 of round 1 has one company, then two: hidden both times; the late company's
    // figures must not follow from round 1's total minus the two other (visible) bands.
    const base = [
      ...year(40, 3),
      makeRecord((r) => {
        r.round = 1;
        r.sizeBand = "100-300";
      }),
    ];
    const [first, second] = releaseAll([
      { records: base, round: null },
      { records: [...base, late((r) => (r.sizeBand = "100-300"))], round: null },
    ]);
    const band = (p: Publication) => p.rounds[0]!.bySizeBand.find((b) => b.key === "100-300")!;
    expect(band(first!.publication).figures.selected.B.suppressed).toBe(true);
    expect(band(second!.publication).figures.selected.B.suppressed).toBe(true);
    expect(subtractThroughTotals(first!.publication, second!.publication)).toEqual([]);
    expect(subtract(first!.publication, second!.publication)).toEqual([]);
  });
});
