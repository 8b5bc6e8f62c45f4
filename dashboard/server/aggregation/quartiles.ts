/**
 * Quartiles reproducing PostgreSQL's `percentile_cont` bit for bit, from sorted values.
 *
 * The published groups nest: a round's size band is a union of finest cells, a round a union of
 * its size bands, the year a union of its rounds, and so on (roll-up.ts). So each group's sorted
 * values are MERGED from its parts' sorted values (linear), never sorted again, and the
 * quartiles are then read off by rank: per statistic a few linear passes over the year instead
 * of one sort per group and grouping set.
 */

export const QUARTILE_PERCENTILES = [0.25, 0.5, 0.75] as const;

export type Quartiles = [q1: number | null, median: number | null, q3: number | null];

/**
 * PostgreSQL's percentile_cont over float8 (percentile_cont_float8_final and
 * percentile_cont_multi_final): position = p × (n − 1); the value at rank floor(position) when
 * that is ceil(position), else lo + (position − floor) × (hi − lo) (float8_lerp: the same
 * operations in the same order, so the same bits). NULL when there are no values.
 */
export function percentileCont(sorted: Float64Array, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const position = p * (n - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const lo = sorted[lower]!;
  if (upper <= lower) return lo;
  return lo + (position - lower) * (sorted[upper]! - lo);
}

export function quartilesOf(sorted: Float64Array): Quartiles {
  const [q1, median, q3] = QUARTILE_PERCENTILES.map((p) => percentileCont(sorted, p));
  return [q1 ?? null, median ?? null, q3 ?? null];
}

/** Ascending runs → one ascending array: pairwise merges, log2(runs) linear passes. */
export function mergeSorted(runs: readonly Float64Array[]): Float64Array {
  let level = runs.filter((r) => r.length > 0);
  if (level.length === 0) return new Float64Array(0);
  while (level.length > 1) {
    const next: Float64Array[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? mergeTwo(level[i]!, level[i + 1]!) : level[i]!);
    }
    level = next;
  }
  return level[0]!;
}

function mergeTwo(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  // Both heads kept in locals and the copy of the rest done by set(): the hot loop does one
  // comparison and one store per value (this runs ~10^7 times per summary at 100k records).
  let x = a[0]!;
  let y = b[0]!;
  for (;;) {
    if (x <= y) {
      out[k++] = x;
      if (++i === a.length) break;
      x = a[i]!;
    } else {
      out[k++] = y;
      if (++j === b.length) break;
      y = b[j]!;
    }
  }
  out.set(i < a.length ? a.subarray(i) : b.subarray(j), k);
  return out;
}
