/**
 * What the aggregation SQL returns for one fiscal year, before disclosure control. These
 * numbers never leave the server as they are: `build-publication.ts` turns them into
 * suppressed tables first.
 */
import {
  STAT_KEYS,
  SUM_MEASURES,
  type StatKey,
  type SumMeasure,
} from "../../../shared/api/summary";
import { ACTION_IDS, type ActionId } from "../../../shared/rules/action-result";
import type { RecordParts } from "./record-changes";

/**
 * The one list of actions is the rules' own; the measures and statistics are the API
 * contract's (what the published tables have).
 */
export { ACTION_IDS, STAT_KEYS, SUM_MEASURES, type ActionId, type StatKey, type SumMeasure };

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
  /**
   * Each record's parts of the sums (a release's, for the dominance of changes since it;
   * record-changes.ts). Absent: releases made before they were kept, and aggregates for tests.
   */
  recordParts?: RecordParts;
}

/** A group with no records: every count 0, every statistic without a value. */
export function emptyGroup(round: number | null, dimension: Dimension, key: string): RawGroup {
  const zeroActions = () =>
    Object.fromEntries(ACTION_IDS.map((a) => [a, 0])) as Record<ActionId, number>;
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
