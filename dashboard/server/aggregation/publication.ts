import type { ActionId, Dimension, StatKey, SumMeasure } from "./raw-aggregates";

/**
 * What leaves the server: every figure after disclosure control. A suppressed figure is
 * `{ value: null, suppressed: true }` (printed "X"); a figure with no data at all (a median of
 * no companies) is `{ value: null, suppressed: false }` (printed "-").
 */
export interface Figure {
  value: number | null;
  suppressed: boolean;
}

export interface QuartileFigures {
  /** companies with a value */
  n: Figure;
  q1: Figure;
  median: Figure;
  q3: Figure;
}

export interface GroupFigures {
  companies: Figure;
  selected: Record<ActionId, Figure>;
  achieved: Record<ActionId, Figure>;
  trainingComplete: Figure;
  sums: Record<SumMeasure, Figure>;
  stats: Record<StatKey, QuartileFigures>;
}

export interface BreakdownRow {
  key: string;
  labelJa: string;
  labelEn: string;
  figures: GroupFigures;
}

export interface DistributionRow {
  band: number;
  labelJa: string;
  labelEn: string;
  /** band ≥ from and < to; null: open */
  from: number | null;
  to: number | null;
  companies: Figure;
}

/** One round, or the whole fiscal year (round null). */
export interface ScopePublication {
  round: number | null;
  /** 定員 from the schedule */
  capacity: number;
  figures: GroupFigures;
  bySizeBand: BreakdownRow[];
  byIndustry: BreakdownRow[];
  distributions: Record<StatKey, DistributionRow[]>;
}

export interface Publication {
  fiscalYear: number;
  minCompanies: number;
  fiscalYearScope: ScopePublication;
  rounds: ScopePublication[];
}

export type { Dimension };
