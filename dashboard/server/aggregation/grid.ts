import type { SumRelation } from "../disclosure/linear-system";
import type { Dimension } from "./raw-aggregates";

/** A round (1–6) or the whole fiscal year. */
export type ScopeKey = number | "FY";

export interface GroupRef {
  scope: ScopeKey;
  dimension: Dimension;
  /** "" for the total of a scope */
  key: string;
}

/** The published table shape: rounds (+ the year) × (total, size bands, industries). */
export interface Grid {
  rounds: readonly number[];
  sizeBands: readonly string[];
  industries: readonly string[];
}

export function groupId(group: GroupRef): string {
  const scope = group.scope === "FY" ? "FY" : `r${group.scope}`;
  return `${scope}/${group.dimension}/${group.key}`;
}

export function cellId(measure: string, group: GroupRef): string {
  return `${measure}@${groupId(group)}`;
}

export function scopesOf(grid: Grid): ScopeKey[] {
  return [...grid.rounds, "FY"];
}

function keysOf(grid: Grid): [Dimension, string][] {
  return [
    ["total", ""],
    ...grid.sizeBands.map((k): [Dimension, string] => ["sizeBand", k]),
    ...grid.industries.map((k): [Dimension, string] => ["industry", k]),
  ];
}

export function gridGroups(grid: Grid): GroupRef[] {
  return scopesOf(grid).flatMap((scope) =>
    keysOf(grid).map(([dimension, key]) => ({ scope, dimension, key })),
  );
}

/**
 * What a reader knows about any additive figure of the grid: each scope's total is the sum of
 * its size bands AND the sum of its industries (two breakdowns of one set), and every cell of
 * the year is the sum of the same cell over the rounds.
 */
export function gridRelations(measure: string, grid: Grid): SumRelation[] {
  const relations: SumRelation[] = [];
  for (const scope of scopesOf(grid)) {
    const total = cellId(measure, { scope, dimension: "total", key: "" });
    relations.push({
      kind: "sum",
      total,
      parts: grid.sizeBands.map((key) => cellId(measure, { scope, dimension: "sizeBand", key })),
    });
    relations.push({
      kind: "sum",
      total,
      parts: grid.industries.map((key) => cellId(measure, { scope, dimension: "industry", key })),
    });
  }
  for (const [dimension, key] of keysOf(grid)) {
    relations.push({
      kind: "sum",
      total: cellId(measure, { scope: "FY", dimension, key }),
      parts: grid.rounds.map((round) => cellId(measure, { scope: round, dimension, key })),
    });
  }
  return relations;
}
