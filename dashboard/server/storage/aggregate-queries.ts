import { CHUNK_COLUMNS, SUM_FACTS } from "./cell-chunk-columns";
import type { SqlClient, SqlQueryable } from "./sql-client";

/** The two largest parts (> 0) of each sum per cell, as text "a,b" in column top_<fact>. */
const TOP_COLUMNS = SUM_FACTS.map(
  (f) => `,
    array_to_string((array_agg(${f} ORDER BY ${f} DESC) FILTER (WHERE ${f} > 0))[1:2], ',')
      AS top_${f}`,
).join("");

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
const cellSql = (extra = "", top = true) => `
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
    ).join(",\n    ")}${top ? TOP_COLUMNS : ""}${extra}
  FROM records
  WHERE fiscal_year = $1
  GROUP BY round, coalesce(size_band, ''), industry
`;
const CELL_SQL = cellSql();

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

const WHO = "coalesce('c' || company_token_id, submission_id::text)";

/**
 * The finest cells with each record's parts of the sums, for the dominance of changes between
 * releases (aggregation/record-changes.ts): per cell one text, a line per record with a part
 * other than 0, "who;" and the SUM_FACTS in order, ";"-separated. `who` is "c" and the
 * company's token for a company's record (one live record per company, migration 9; a
 * correction keeps it), else the record's submission id: unique either way. In the cells' own
 * scan, as text: PGlite hands 100,000 rows over far slower than a few hundred. Neither sorted
 * nor with the two largest parts per sum (the top_ columns): those come from these parts in
 * cell-rows.ts, and the six sorts per cell cost a release at 100k records ~0.13 s on PGlite.
 * Unsorted, an unchanged table gives the same text (the same scan); a table that changed and
 * changed back may not, which only costs interval-protection.ts its shortcut for a release
 * whose records did not change.
 */
const RELEASE_SQL = cellSql(
  `,
    string_agg(concat_ws(';', ${WHO}, ${SUM_FACTS.map((f) => `coalesce(${f}, 0)`).join(", ")}),
      E'\\n')
      FILTER (WHERE ${SUM_FACTS.map((f) => `coalesce(${f}, 0) <> 0`).join(" OR ")}) AS record_parts`,
  false,
);

/** A finest cell of a release: a CellRow with its records' parts (RELEASE_SQL). */
export type ReleaseCellRow = CellRow & { record_parts: string | null };

/**
 * The finest cells and the records' parts of a year for a release, in one statement (one
 * snapshot): the parts are those of exactly the records the cells were grouped from.
 */
export function releaseRows(client: SqlClient, fiscalYear: number): Promise<ReleaseCellRow[]> {
  return client.transaction(async (tx) => {
    await tx.query("SET LOCAL work_mem = '64MB'");
    return tx.query<ReleaseCellRow>(RELEASE_SQL, [fiscalYear]);
  });
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
