/**
 * The columns of `cell_chunks` (migration 4): partial aggregates of one finest cell (fiscal
 * year × round × size band × industry). Each column says how a chunk is made from record facts
 * (`fromFacts`, over the rows of one INSERT statement) and how chunks of one cell are merged
 * (`merge`): counts and sums add up, the value lists are concatenated. Merging is exact and
 * order-free, so any split of a cell's records into chunks gives the same cell.
 *
 * `perRecord` makes a chunk of one record: what the insert trigger writes (cheaper than grouping
 * a statement's rows first: in a batch of submissions nearly every record is in a cell of its
 * own). The backfill groups with `fromFacts`; compaction then merges a cell's chunks into one.
 *
 * Migration 4 is released: the SQL it ran was generated from this list, so never rename or
 * drop a column here; a change is a new migration.
 */
export interface ChunkColumn {
  name: string;
  type: "integer" | "bigint" | "bytea";
  /** the chunk of one record of record_facts */
  perRecord: string;
  /** the chunk of a group of record_facts rows */
  fromFacts: string;
  /** chunks of one cell → one */
  merge: string;
}

const count = (name: string, filter?: string): ChunkColumn => ({
  name,
  type: "integer",
  // CASE, not a cast: a NULL condition counts as no, as in count(*) FILTER.
  perRecord: filter ? `CASE WHEN ${filter} THEN 1 ELSE 0 END` : "1",
  fromFacts: filter ? `count(*) FILTER (WHERE ${filter})::int` : "count(*)::int",
  merge: `sum(${name})::int`,
});

/** record_facts columns (migration 3) summed per cell, with how many records add more than 0 */
export const SUM_FACTS = [
  "new_female_managers",
  "new_female_allowance",
  "categories_total",
  "categories_below40",
  "projected_grant_yen",
] as const;

/** record_facts float8 columns whose values are kept (for quartiles and banded counts) */
export const VALUE_FACTS = [
  "manager_ratio_before",
  "manager_ratio_after",
  "wage_gap_all",
  "wage_gap_regular",
  "wage_gap_non_regular",
] as const;

/** the action columns, lower-case (migration 4: a released literal, never ACTION_IDS) */
export const CHUNK_ACTIONS = ["a", "b", "c", "d"] as const;

export const CHUNK_COLUMNS: readonly ChunkColumn[] = [
  count("companies"),
  ...CHUNK_ACTIONS.flatMap((a) => [
    count(`selected_${a}`, `selected_${a}`),
    count(`achieved_${a}`, `achieved_${a}`),
  ]),
  count("training_complete", "training_complete"),
  ...SUM_FACTS.flatMap((fact): ChunkColumn[] => [
    {
      name: `sum_${fact}`,
      type: "bigint",
      perRecord: `coalesce(${fact}, 0)::bigint`,
      fromFacts: `coalesce(sum(${fact}), 0)::bigint`,
      merge: `sum(sum_${fact})::bigint`,
    },
    count(`contributors_${fact}`, `${fact} > 0`),
  ]),
  // float8send: the exact 8 bytes of each value (big-endian), concatenated in no order.
  ...VALUE_FACTS.map((fact): ChunkColumn => ({
    name: `v_${fact}`,
    type: "bytea",
    perRecord: `coalesce(float8send(${fact}), ''::bytea)`,
    fromFacts: `coalesce(string_agg(float8send(${fact}), ''::bytea), ''::bytea)`,
    merge: `string_agg(v_${fact}, ''::bytea)`,
  })),
];

/** The key of a cell; size_band is NOT NULL here (a record always has one; '' stands for none). */
export const CELL_KEY = ["fiscal_year", "round", "size_band", "industry"] as const;
