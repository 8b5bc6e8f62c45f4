/**
 * Quartiles reproducing PostgreSQL's `percentile_cont` bit for bit, from sorted values.
 *
 * The published groups nest: every group is a union of finest cells (round × size band ×
 * industry; roll-up.ts). A quartile needs at most two order
 * statistics (the values at ranks floor and ceil of its position), so instead of building every
 * group's sorted array (merging each value again for each of the six grouping sets, ~1.7 M
 * moves per statistic at 100,000 records), groupQuartiles orders the year's values ONCE
 * (radix-order.ts), each tagged with its cell, and walks that order counting per group: when a
 * group's count reaches one of its six wanted ranks, the value is kept. Ties are equal values,
 * so which cell a tied value came from never changes a result.
 */

import { orderTagged, type TaggedValues } from "./radix-order";

export const QUARTILE_PERCENTILES = [0.25, 0.5, 0.75] as const;

export type Quartiles = [q1: number | null, median: number | null, q3: number | null];

/** Two ranks (floor and ceil of the position) per percentile. */
const SLOTS = QUARTILE_PERCENTILES.length * 2;

/**
 * PostgreSQL's percentile_cont over float8 (percentile_cont_float8_final and
 * percentile_cont_multi_final): position = p × (n − 1); the value at rank floor(position) when
 * that is ceil(position), else lo + (position − floor) × (hi − lo) (float8_lerp: the same
 * operations in the same order, so the same bits). NULL when there are no values.
 */
export function percentileCont(sorted: Float64Array, p: number): number | null {
  return sorted.length === 0 ? null : interpolate(p, sorted.length, (rank) => sorted[rank]!);
}

function interpolate(p: number, n: number, at: (rank: number) => number): number {
  const position = p * (n - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const lo = at(lower);
  if (upper <= lower) return lo;
  return lo + (position - lower) * (at(upper) - lo);
}

export interface GroupFigures {
  /** values per group */
  n: Int32Array;
  quartiles: Quartiles[];
}

/**
 * `runs`: each cell's values, in any order. `groupsOfRun`: for run r, the `fanout` groups it
 * belongs to at [r × fanout, (r + 1) × fanout), each group at most once per run. `ordered`: the
 * runs' values in order (orderTagged), when the caller needs that order too.
 */
export function groupQuartiles(
  runs: readonly Float64Array[],
  groupsOfRun: Int32Array,
  fanout: number,
  groupCount: number,
  ordered: TaggedValues = orderTagged(runs),
): GroupFigures {
  const n = new Int32Array(groupCount);
  runs.forEach((run, r) => {
    for (let j = 0; j < fanout; j++) n[groupsOfRun[r * fanout + j]!]! += run.length;
  });
  // The ranks each group wants, ascending (positions grow with p); -1: none (no values).
  const wanted = new Int32Array(groupCount * SLOTS).fill(-1);
  for (let g = 0; g < groupCount; g++) {
    if (n[g] === 0) continue;
    QUARTILE_PERCENTILES.forEach((p, i) => {
      const position = p * (n[g]! - 1);
      wanted[g * SLOTS + 2 * i] = Math.floor(position);
      wanted[g * SLOTS + 2 * i + 1] = Math.ceil(position);
    });
  }
  const found = new Float64Array(groupCount * SLOTS);
  const next = new Int32Array(groupCount); // the slot each group waits for
  const seen = new Int32Array(groupCount);
  const want = new Int32Array(groupCount);
  for (let g = 0; g < groupCount; g++) want[g] = wanted[g * SLOTS]!;

  const { values, tags } = ordered;
  for (let i = 0; i < values.length; i++) {
    const base = tags[i]! * fanout;
    for (let j = 0; j < fanout; j++) {
      const g = groupsOfRun[base + j]!;
      const rank = seen[g]!++;
      if (rank !== want[g]) continue;
      // Several slots may want the same rank (a whole position, or ranks shared by quartiles).
      let slot = next[g]!;
      do found[g * SLOTS + slot++] = values[i]!;
      while (slot < SLOTS && wanted[g * SLOTS + slot] === rank);
      next[g] = slot;
      want[g] = slot < SLOTS ? wanted[g * SLOTS + slot]! : -1;
    }
  }

  const quartiles = Array.from({ length: groupCount }, (_, g): Quartiles => {
    if (n[g] === 0) return [null, null, null];
    const at = (rank: number) =>
      found[g * SLOTS + wanted.subarray(g * SLOTS, (g + 1) * SLOTS).indexOf(rank)]!;
    const [q1, median, q3] = QUARTILE_PERCENTILES.map((p) => interpolate(p, n[g]!, at));
    return [q1!, median!, q3!];
  });
  return { n, quartiles };
}
