/**
 * What the aggregation SQL returns for one fiscal year, before disclosure control. These
 * numbers never leave the server as they are: `build-publication.ts` turns them into
 * suppressed tables first.
 */
export const ACTION_IDS = ["A", "B", "C", "D"] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** Additive magnitudes: a sum over records, with the number of records that add more than 0. */
export const SUM_MEASURES = [
  "newFemaleManagers",
  "newFemaleAllowanceRecipients",
  "categoriesTotal",
  "categoriesBelow40",
  "projectedGrantYen",
] as const;
export type SumMeasure = (typeof SUM_MEASURES)[number];

/** Per-company percentages summarised by quartiles and a banded distribution. */
export const STAT_KEYS = [
  "managerRatioBefore",
  "managerRatioAfter",
  "wageGapAll",
  "wageGapRegular",
  "wageGapNonRegular",
] as const;
export type StatKey = (typeof STAT_KEYS)[number];

export type Dimension = "total" | "sizeBand" | "industry";

export interface SumFigure {
  value: number;
  /** records whose part of the sum is not 0 */
  contributors: number;
  /** the largest parts (at most two, descending; fewer when fewer records add more than 0) */
  largest: number[];
}

export interface QuartileFigure {
  /** records with a value (a company without managers has no manager ratio) */
  n: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
}

/** The additive figures of a set of records: a group adds up those of its cells exactly. */
export interface Tally {
  companies: number;
  selected: Record<ActionId, number>;
  achieved: Record<ActionId, number>;
  trainingComplete: number;
  sums: Record<SumMeasure, SumFigure>;
}

/** One group of records: a round (or the whole year), optionally one size band or industry. */
export interface RawGroup extends Tally {
  /** null: the whole fiscal year */
  round: number | null;
  dimension: Dimension;
  /** "" for the total; a size band; a JSIC letter or "unknown" */
  key: string;
  stats: Record<StatKey, QuartileFigure>;
}

/** Companies of a round (or the year) whose value of `stat` falls in band `band` (0-based). */
export interface RawBandCount {
  round: number | null;
  stat: StatKey;
  band: number;
  companies: number;
}

export interface RawAggregates {
  fiscalYear: number;
  groups: RawGroup[];
  bands: RawBandCount[];
}

/** A group with no records: every count 0, every statistic without a value. */
export function emptyGroup(round: number | null, dimension: Dimension, key: string): RawGroup {
  const zeroActions = (): Record<ActionId, number> => ({ A: 0, B: 0, C: 0, D: 0 });
  return {
    round,
    dimension,
    key,
    companies: 0,
    selected: zeroActions(),
    achieved: zeroActions(),
    trainingComplete: 0,
    sums: Object.fromEntries(
      SUM_MEASURES.map((m): [SumMeasure, SumFigure] => [
        m,
        { value: 0, contributors: 0, largest: [] },
      ]),
    ) as RawGroup["sums"],
    stats: Object.fromEntries(
      STAT_KEYS.map((s) => [s, { n: 0, q1: null, median: null, q3: null }]),
    ) as RawGroup["stats"],
  };
}
