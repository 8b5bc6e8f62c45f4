import { CHUNK_ACTIONS, SUM_FACTS, VALUE_FACTS } from "./cell-chunk-columns";
import { FACTS } from "./migration-stored-facts";
import type { SqlQueryable } from "./sql-client";

/** The facts the largest parts need: the cell key and the five sums (migration 3's expressions). */
const TOP_FACTS = FACTS.filter(([column]) =>
  ["size_band", "industry", ...SUM_FACTS].includes(column),
);

/**
 * The year's finest cells (round × size band × industry): a few hundred rows, each the merge of
 * that cell's chunks (migration 4; usually one per cell after compaction). Every published
 * group is a union of such cells, so the counts and sums are added up in TypeScript (integers,
 * exact) and the quartiles are computed from each cell's values (aggregation/cell-rows.ts,
 * roll-up.ts, quartiles.ts). The values come back as one base64 text per statistic: float8send
 * bytes keep the exact float8 bits (no decimal round trip); base64 because PGlite decodes bytea
 * results slowly in JavaScript, while Buffer decodes base64 natively.
 * The two largest parts of each sum per cell (for the dominance rule) are computed from the
 * records themselves in the same snapshot (the chunks keep only sums), with the facts'
 * expressions, as text "a,b" (alike on PGlite and PostgreSQL), in column top_<fact>.
 * Every column keeps its cell_chunks name, generated from the storage's own lists.
 */
const CELL_SQL = `
  WITH cells AS (
  SELECT
    round,
    size_band,
    industry,
    sum(companies)::int AS companies,
    ${CHUNK_ACTIONS.map(
      (a) => `sum(selected_${a})::int AS selected_${a},
    sum(achieved_${a})::int AS achieved_${a}`,
    ).join(",\n    ")},
    sum(training_complete)::int AS training_complete,
    ${SUM_FACTS.map(
      (f) => `sum(sum_${f})::float8 AS sum_${f},
    sum(contributors_${f})::int AS contributors_${f}`,
    ).join(",\n    ")},
    ${VALUE_FACTS.map((f) => `encode(string_agg(v_${f}, ''::bytea), 'base64') AS v_${f}`).join(
      ",\n    ",
    )}
  FROM cell_chunks
  WHERE fiscal_year = $1
  GROUP BY round, size_band, industry
  ),
  top AS (
  SELECT
    round,
    coalesce(size_band, '') AS size_band,
    industry,
    ${SUM_FACTS.map(
      (f) => `array_to_string((array_agg(${f} ORDER BY ${f} DESC)
      FILTER (WHERE ${f} > 0))[1:2], ',') AS top_${f}`,
    ).join(",\n    ")}
  FROM (
    SELECT round, ${TOP_FACTS.map(([column, , expression]) => `${expression} AS ${column}`).join(",\n      ")}
    FROM records
    WHERE fiscal_year = $1
  ) facts
  GROUP BY round, coalesce(size_band, ''), industry
  )
  SELECT cells.*, ${SUM_FACTS.map((f) => `top.top_${f}`).join(", ")}
  FROM cells LEFT JOIN top USING (round, size_band, industry)
`;

/** One cell as the database returns it, by cell_chunks column (decode with aggregatesOf). */
export type CellRow = Record<string, unknown> & {
  round: number;
  size_band: string | null;
  industry: string | null;
  companies: number;
};

/** The year's finest cells as the database returns them. */
export function queryCellRows(db: SqlQueryable, fiscalYear: number): Promise<CellRow[]> {
  return db.query<CellRow>(CELL_SQL, [fiscalYear]);
}
