import { benchmarksResponseSchema } from "../../../shared/api/benchmarks";
import { peerBenchmarks } from "../../../dashboard/server/aggregation/peer-benchmarks";
import type {
  BreakdownRow,
  Figure,
  GroupFigures,
  Publication,
  QuartileFigures,
  ScopePublication,
} from "../../../dashboard/server/aggregation/publication";
import { STAT_KEYS, SUM_MEASURES } from "../../../dashboard/server/aggregation/raw-aggregates";

const shown = (value: number): Figure => ({ value, suppressed: false });
const hidden: Figure = { value: null, suppressed: true };
const q = (n: number, q1: number, median: number, q3: number): QuartileFigures => ({
  n: shown(n),
  q1: shown(q1),
  median: shown(median),
  q3: shown(q3),
});

function figures(companies: Figure, managers: QuartileFigures, gap: QuartileFigures): GroupFigures {
  const ids = ["A", "B", "C", "D"] as const;
  const none = q(0, 0, 0, 0);
  return {
    companies,
    selected: Object.fromEntries(ids.map((id) => [id, shown(0)])) as GroupFigures["selected"],
    achieved: Object.fromEntries(ids.map((id) => [id, shown(0)])) as GroupFigures["achieved"],
    trainingComplete: shown(0),
    sums: Object.fromEntries(SUM_MEASURES.map((m) => [m, shown(0)])) as GroupFigures["sums"],
    stats: {
      ...(Object.fromEntries(STAT_KEYS.map((s) => [s, none])) as GroupFigures["stats"]),
      managerRatioAfter: managers,
      wageGapAll: gap,
    },
  };
}

const row = (key: string, f: GroupFigures): BreakdownRow => ({
  key,
  labelJa: `区分${key}`,
  labelEn: `group ${key}`,
  figures: f,
});

function publication(byIndustry: BreakdownRow[], bySizeBand: BreakdownRow[]): Publication {
  const scope: ScopePublication = {
    round: null,
    capacity: 500,
    figures: figures(shown(40), q(40, 5, 10, 20), q(40, 60, 70, 80)),
    bySizeBand,
    byIndustry,
    distributions: {} as ScopePublication["distributions"],
  };
  return { fiscalYear: 2025, minCompanies: 3, fiscalYearScope: scope, rounds: [] };
}

describe("peerBenchmarks: only released groups of ≥ 10 companies", () => {
  const pub = publication(
    [
      row("E", figures(shown(12), q(11, 8.3, 14.3, 25), q(12, 62.1, 70.4, 78.9))),
      // 9 companies: released by the disclosure control (≥ 3) but too few to compare with.
      row("F", figures(shown(9), q(9, 1, 2, 3), q(9, 1, 2, 3))),
      // Enough companies, but a suppressed quartile hides that figure (the other stays).
      row("G", figures(shown(15), { ...q(15, 5, 10, 20), q3: hidden }, q(15, 60, 70, 80))),
      // The company count itself suppressed.
      row("H", figures(hidden, q(20, 5, 10, 20), q(20, 60, 70, 80))),
      // n (companies with a value) withheld as a count of its own: the quartiles still serve.
      row("I", figures(shown(14), { ...q(13, 5, 10, 20), n: hidden }, q(14, 60, 70, 80))),
    ],
    [
      row("30-99", figures(shown(20), q(18, 10, 16.7, 28.6), q(20, 65, 72.5, 80))),
      row("1-29", figures(shown(10), q(8, 0, 0, 20), q(10, 50, 60, 70))),
    ],
  );

  it("returns the industry and the size band group with their quartiles", () => {
    const answer = peerBenchmarks(pub, { fiscalYear: 2025, industry: "E", sizeBand: "30-99" });
    expect(benchmarksResponseSchema.parse(answer)).toEqual(answer);
    expect(answer.minCompanies).toBe(10);
    expect(answer.groups).toEqual([
      {
        dimension: "industry",
        key: "E",
        labelJa: "区分E",
        labelEn: "group E",
        companies: 12,
        femaleManagerRatio: { companies: 11, q1: 8.3, median: 14.3, q3: 25 },
        wageGap: { companies: 12, q1: 62.1, median: 70.4, q3: 78.9 },
      },
      {
        dimension: "sizeBand",
        key: "30-99",
        labelJa: "区分30-99",
        labelEn: "group 30-99",
        companies: 20,
        femaleManagerRatio: { companies: 18, q1: 10, median: 16.7, q3: 28.6 },
        wageGap: { companies: 20, q1: 65, median: 72.5, q3: 80 },
      },
    ]);
  });

  it("leaves out groups under 10 companies, suppressed counts and quartiles over fewer than 10 values", () => {
    expect(peerBenchmarks(pub, { fiscalYear: 2025, industry: "F" }).groups).toEqual([]);
    expect(peerBenchmarks(pub, { fiscalYear: 2025, industry: "H" }).groups).toEqual([]);
    const g = peerBenchmarks(pub, { fiscalYear: 2025, industry: "G" }).groups[0]!;
    expect(g.femaleManagerRatio).toBeNull();
    expect(g.wageGap).toEqual({ companies: 15, q1: 60, median: 70, q3: 80 });
    // 10 companies, but only 8 have a manager ratio: that figure is not compared.
    const small = peerBenchmarks(pub, { fiscalYear: 2025, sizeBand: "1-29" }).groups[0]!;
    expect(small.femaleManagerRatio).toBeNull();
    expect(small.wageGap?.median).toBe(60);
  });

  it("serves quartiles whose n is withheld, with companies null (the group's own count shown)", () => {
    const [g] = peerBenchmarks(pub, { fiscalYear: 2025, industry: "I" }).groups;
    expect(g!.companies).toBe(14);
    expect(g!.femaleManagerRatio).toEqual({ companies: null, q1: 5, median: 10, q3: 20 });
    expect(g!.wageGap).toEqual({ companies: 14, q1: 60, median: 70, q3: 80 });
  });

  it("answers nothing for a group it does not know or was not asked", () => {
    expect(peerBenchmarks(pub, { fiscalYear: 2025 }).groups).toEqual([]);
    expect(peerBenchmarks(pub, { fiscalYear: 2025, industry: "T" }).groups).toEqual([]);
  });
});
