import { CHUNK_ACTIONS, SUM_FACTS, VALUE_FACTS } from "./cell-chunk-columns";
import type { SqlQueryable } from "./sql-client";

/**
 * The year's finest cells (round × size band × industry): a few hundred rows, each the merge of
 * that cell's chunks (migration 4; usually one per cell after compaction). Every published
 * group is a union of such cells, so the counts and sums are added up in TypeScript (integers,
 * exact) and the quartiles are computed from each cell's values (aggregation/cell-rows.ts,
 * roll-up.ts, quartiles.ts). The values come back as one base64 text per statistic: float8send
 * bytes keep the exact float8 bits (no decimal round trip); base64 because PGlite decodes bytea
 * results slowly in JavaScript, while Buffer decodes base64 natively.
 * Every column keeps its cell_chunks name, generated from the storage's own lists.
 */
const CELL_SQL = `
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
