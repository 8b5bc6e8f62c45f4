import {
  RATIO_THRESHOLDS,
  WAGE_GAP_THRESHOLDS,
  isRatioStat,
} from "../../../dashboard/server/aggregation/bands";
import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  type Dimension,
  type RawAggregates,
  type RawBandCount,
  type RawGroup,
  type StatKey,
  type SumMeasure,
} from "../../../dashboard/server/aggregation/raw-aggregates";
import {
  recordPartsOf,
  type RecordParts,
} from "../../../dashboard/server/aggregation/record-changes";
import type { StatsRecord } from "../../../shared/stats/record-schema";

/**
 * The aggregates computed again in plain TypeScript, independently of the SQL, to check the
 * SQL on both databases and to feed the disclosure property tests without a database.
 */
export function referenceAggregate(
  records: readonly StatsRecord[],
  fiscalYear: number,
): RawAggregates {
  const year = records.filter((r) => r.fiscalYear === fiscalYear);
  const groups: RawGroup[] = [];
  const keyed = new Map<string, StatsRecord[]>();
  const add = (round: number | null, dimension: Dimension, key: string, record: StatsRecord) => {
    const id = `${round}|${dimension}|${key}`;
    keyed.set(id, [...(keyed.get(id) ?? []), record]);
  };
  for (const r of year) {
    for (const round of [r.round, null]) {
      add(round, "total", "", r);
      add(round, "sizeBand", r.sizeBand, r);
      add(round, "industry", r.industry ?? "unknown", r);
    }
  }
  for (const [id, members] of keyed) {
    const [round, dimension, key] = id.split("|") as [string, Dimension, string];
    groups.push(group(round === "null" ? null : Number(round), dimension, key, members));
  }
  const bands: RawBandCount[] = [];
  const bandKeyed = new Map<string, number>();
  for (const r of year) {
    for (const stat of STAT_KEYS) {
      const v = statValue(r, stat);
      if (v === null) continue;
      const thresholds: readonly number[] = isRatioStat(stat)
        ? RATIO_THRESHOLDS
        : WAGE_GAP_THRESHOLDS;
      const band = thresholds.filter((t) => t <= v).length;
      for (const round of [r.round, null]) {
        const id = `${round}|${stat}|${band}`;
        bandKeyed.set(id, (bandKeyed.get(id) ?? 0) + 1);
      }
    }
  }
  for (const [id, companies] of bandKeyed) {
    const [round, stat, band] = id.split("|") as [string, StatKey, string];
    bands.push({
      round: round === "null" ? null : Number(round),
      stat,
      band: Number(band),
      companies,
    });
  }
  return { fiscalYear, groups, bands };
}

export function sumValue(r: StatsRecord, m: SumMeasure): number {
  const { application: a, report: b } = r.counts;
  switch (m) {
    case "newFemaleManagers":
      return Math.max(0, b.managers.women - a.managers.women);
    case "newFemaleAllowanceRecipients":
      return Math.max(0, b.allowanceRecipients.women - a.allowanceRecipients.women);
    case "categoriesTotal":
      return r.categories.total;
    case "categoriesBelow40":
      return r.categories.below40;
    case "projectedGrantYen":
      return r.projectedGrantYen;
  }
}

export function statValue(r: StatsRecord, stat: StatKey): number | null {
  const ratio = (m: { women: number; men: number }) =>
    m.women + m.men > 0 ? (100 * m.women) / (m.women + m.men) : null;
  switch (stat) {
    case "managerRatioBefore":
      return ratio(r.counts.application.managers);
    case "managerRatioAfter":
      return ratio(r.counts.report.managers);
    case "wageGapAll":
      return r.wageGap.all;
    case "wageGapRegular":
      return r.wageGap.regular;
    case "wageGapNonRegular":
      return r.wageGap.nonRegular;
  }
}

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (position - lower) * (sorted[upper]! - sorted[lower]!);
}

function group(
  round: number | null,
  dimension: Dimension,
  key: string,
  members: StatsRecord[],
): RawGroup {
  const countOf = (f: (r: StatsRecord) => boolean) => members.filter(f).length;
  return {
    round,
    dimension,
    key,
    companies: members.length,
    selected: Object.fromEntries(
      ACTION_IDS.map((a) => [a, countOf((r) => r.actions.selected[a])]),
    ) as RawGroup["selected"],
    achieved: Object.fromEntries(
      ACTION_IDS.map((a) => [a, countOf((r) => r.actions.achieved[a])]),
    ) as RawGroup["achieved"],
    trainingComplete: countOf((r) => r.training.complete),
    sums: Object.fromEntries(
      SUM_MEASURES.map((m) => [
        m,
        {
          value: members.reduce((s, r) => s + sumValue(r, m), 0),
          contributors: countOf((r) => sumValue(r, m) > 0),
          largest: members
            .map((r) => sumValue(r, m))
            .filter((v) => v > 0)
            .sort((a, b) => b - a)
            .slice(0, 2),
        },
      ]),
    ) as RawGroup["sums"],
    stats: Object.fromEntries(
      STAT_KEYS.map((s) => {
        const values = members
          .map((r) => statValue(r, s))
          .filter((v): v is number => v !== null)
          .sort((a, b) => a - b);
        return [
          s,
          {
            n: values.length,
            q1: percentile(values, 0.25),
            median: percentile(values, 0.5),
            q3: percentile(values, 0.75),
          },
        ];
      }),
    ) as RawGroup["stats"],
  };
}

/**
 * Each record's parts of the sums, as storage keeps them with a release (record-changes.ts):
 * `who` names a company's record (a correction keeps it); by default each record is its own.
 */
export function referenceRecordParts(
  records: readonly StatsRecord[],
  fiscalYear: number,
  who: (r: StatsRecord) => string = (r) => r.submissionId,
): RecordParts {
  return recordPartsOf(
    records
      .filter((r) => r.fiscalYear === fiscalYear)
      .map((r) => ({
        who: who(r),
        round: r.round,
        sizeBand: r.sizeBand,
        industry: r.industry ?? "unknown",
        sums: Object.fromEntries(SUM_MEASURES.map((m) => [m, sumValue(r, m)])) as Record<
          SumMeasure,
          number
        >,
      })),
  );
}
