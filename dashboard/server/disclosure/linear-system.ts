/**
 * The input of disclosure control: every additive figure that may be published (a "cell") and
 * every arithmetic fact an outsider knows about them (a "relation"). Built by
 * aggregation/build-publication.ts; pure data, no I/O.
 */
import type { SumMeasure } from "../aggregation/raw-aggregates";
import type { RecordParts } from "../aggregation/record-changes";

/** What primary suppression looks at in a figure (a cell, a union of cells, a change). */
export interface Sensitivity {
  /** companies in the group the figure describes (the round, size band, industry …) */
  groupSize: number;
  /** companies with a non-zero part in the figure (for a count: the count itself) */
  contributors: number;
  /**
   * Further counts of companies that the figure gives away together with another published
   * figure of the same group: N − (companies that selected A), (selected A) − (achieved A) …
   * Each must obey the threshold too. Same length and meaning for all cells of one relation.
   */
  complements: readonly number[];
  /** a magnitude's value, for the dominance rule (with `largest`) */
  value?: number;
  /** a magnitude's largest contributions (up to DOMINANCE.n, descending); absent: a count */
  largest?: readonly number[];
  /** per earlier release: the change of this figure since then (its own sensitivity) */
  changes?: readonly Sensitivity[];
  /** a count's public upper bound: the (published) number of companies of its group */
  bound?: number;
  /** public anyway (numbers of companies): never sensitive, never hidden */
  fixed?: boolean;
}

export interface Cell extends Sensitivity {
  /** unique within a system, e.g. "companies@r3/industry/E" */
  id: string;
  /** the true value (counts of companies, sums; the grant in units of ¥100,000) */
  value: number;
  /**
   * A sum's records (its release's, with its group and measure): changeOf finds from the
   * records of two releases the largest parts of a change (absent: a release without them).
   */
  records?: CellRecords;
}

export interface CellRecords {
  parts: RecordParts;
  group: string;
  measure: SumMeasure;
  /** the cell's unit (the grant: ¥100,000) */
  unit: number;
}

/** total = Σ parts: a row or column total, a fiscal year over its rounds. */
export interface SumRelation {
  kind: "sum";
  total: string;
  parts: readonly string[];
}

/**
 * Σ coefficient × cell = a constant the outsider may know, e.g. the projected grant of a group
 * is ¥300,000 × (achieved A + B + C) + ¥100,000 × (achieved D) minus adjustments; treating
 * the adjustment as known is the cautious assumption.
 */
export interface LinearRelation {
  kind: "linear";
  terms: readonly (readonly [cellId: string, coefficient: number])[];
}

export type Relation = SumRelation | LinearRelation;

export interface LinearSystem {
  cells: readonly Cell[];
  relations: readonly Relation[];
}

/** Every (cell, coefficient) of a relation, written as Σ coefficient × cell = constant. */
export function termsOf(relation: Relation): (readonly [string, number])[] {
  if (relation.kind === "linear") return [...relation.terms];
  return [[relation.total, -1], ...relation.parts.map((p) => [p, 1] as const)];
}

export function cellsOf(relation: Relation): string[] {
  return relation.kind === "linear"
    ? relation.terms.map(([id]) => id)
    : [relation.total, ...relation.parts];
}
