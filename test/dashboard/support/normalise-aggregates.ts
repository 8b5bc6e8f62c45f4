import type { RawAggregates } from "../../../dashboard/server/aggregation/raw-aggregates";

/** Groups and bands in a stable order, floats rounded: SQL and TypeScript must agree exactly. */
export function normalise(raw: RawAggregates) {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 1e9) / 1e9);
  const groups = raw.groups
    .map((g) => ({
      ...g,
      stats: Object.fromEntries(
        Object.entries(g.stats).map(([k, s]) => [
          k,
          { n: s.n, q1: round(s.q1), median: round(s.median), q3: round(s.q3) },
        ]),
      ),
    }))
    .sort((a, b) =>
      JSON.stringify([a.round, a.dimension, a.key]).localeCompare(
        JSON.stringify([b.round, b.dimension, b.key]),
      ),
    );
  const bands = [...raw.bands].sort((a, b) =>
    JSON.stringify([a.round, a.stat, a.band]).localeCompare(
      JSON.stringify([b.round, b.stat, b.band]),
    ),
  );
  return { fiscalYear: raw.fiscalYear, groups, bands };
}
