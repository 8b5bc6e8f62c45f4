import { CHUNK_COLUMNS, SUM_FACTS } from "./cell-chunk-columns";
import type { SqlClient, SqlQueryable } from "./sql-client";

/**
 * The year's finest cells (round × size band × industry): a few hundred rows, each grouped from
 * the records of that cell, whose facts are stored generated columns of `records` (migration
 * 11; migration 3's expressions). Every published group is a union of such cells, so the counts
 * and sums are added up in TypeScript (integers, exact; sums as float8, exact below 2^53) and the quartiles are computed from each
 * cell's values (aggregation/cell-rows.ts, roll-up.ts, quartiles.ts). The values come back as
 * one base64 text per statistic: float8send bytes keep the exact float8 bits (no decimal round
 * trip); base64 because PGlite decodes bytea results slowly in JavaScript, while Buffer decodes
 * base64 natively. The two largest parts of each sum per cell (for the dominance rule) come as
 * text "a,b" (alike on PGlite and PostgreSQL), in column top_<fact>. The columns keep the names
 * of migration 4's cell chunks (cell-chunk-columns.ts), whose `fromFacts` expressions group
 * record facts, so cell-rows.ts decodes them as before.
 */
const CELL_SQL = `
  SELECT
    round,
    coalesce(size_band, '') AS size_band,
    industry,
    ${CHUNK_COLUMNS.map((c) =>
      c.type === "bytea"
        ? `encode(${c.fromFacts}, 'base64') AS ${c.name}`
        : c.type === "bigint"
          ? `(${c.fromFacts})::float8 AS ${c.name}`
          : `${c.fromFacts} AS ${c.name}`,
    ).join(",\n    ")},
    ${SUM_FACTS.map(
      (f) => `array_to_string((array_agg(${f} ORDER BY ${f} DESC)
      FILTER (WHERE ${f} > 0))[1:2], ',') AS top_${f}`,
    ).join(",\n    ")}
  FROM records
  WHERE fiscal_year = $1
  GROUP BY round, coalesce(size_band, ''), industry
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

/**
 * The year's finest cells for a release. The grouping keeps every value of the year (8 bytes
 * each, concatenated per cell) and the sums' parts in its hash table: more than PostgreSQL's
 * default work_mem (4 MB) at 100,000 records, beyond which it would spill to disk. One statement,
 * so one snapshot; the transaction only scopes the setting.
 */
export function cellRows(client: SqlClient, fiscalYear: number): Promise<CellRow[]> {
  return client.transaction(async (tx) => {
    await tx.query("SET LOCAL work_mem = '64MB'");
    return queryCellRows(tx, fiscalYear);
  });
}
