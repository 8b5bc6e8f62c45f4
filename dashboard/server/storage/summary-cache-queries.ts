import { queryCellRows, type CellRow } from "./aggregate-queries";
import type { SqlClient, SqlQueryable } from "./sql-client";

/**
 * The published summary of a fiscal year, cached IN THE DATABASE (migration 3) so that every
 * instance on one PostgreSQL shares it and none keeps state of its own. An entry is valid only
 * while its version equals the year's current version, which every insert into that year
 * replaces with a never-used value in the same statement: the check is one indexed read, and
 * a summary computed from data older than the last commit can never be served as current.
 */
export interface CachedSummary {
  /** the year's current data version ("0": no record was ever stored for it) */
  version: string;
  /** the cached publication (JSON) when it is for that version, else null */
  publication: string | null;
}

export async function readSummaryCache(
  db: SqlQueryable,
  fiscalYear: number,
  algorithm: string,
): Promise<CachedSummary> {
  // One statement, one snapshot: the version and the entry are read together.
  const [row] = await db.query<{ version: string; publication: string | null }>(
    `SELECT y.version::text AS version, c.publication
     FROM (SELECT coalesce((SELECT version FROM fiscal_year_versions WHERE fiscal_year = $1), 0)
                  AS version) y
     LEFT JOIN summary_cache c
       ON c.fiscal_year = $1 AND c.algorithm = $2 AND c.version = y.version`,
    [fiscalYear, algorithm],
  );
  return { version: row?.version ?? "0", publication: row?.publication ?? null };
}

/**
 * The year's finest cells together with the version they belong to: one REPEATABLE READ
 * transaction, so both come from one snapshot even while submissions and imports commit.
 */
export async function cellRowsWithVersion(
  client: SqlClient,
  fiscalYear: number,
): Promise<{ version: string; rows: CellRow[] }> {
  return client.transaction(async (tx) => {
    await tx.query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
    // The aggregation keeps every value of the year (8 bytes each, concatenated per cell) in
    // its hash table: ~4 MB at 100,000 records, PostgreSQL's default work_mem, beyond which it
    // would spill to disk. For this transaction only.
    await tx.query("SET LOCAL work_mem = '64MB'");
    const [row] = await tx.query<{ version: string }>(
      `SELECT coalesce((SELECT version FROM fiscal_year_versions WHERE fiscal_year = $1), 0)::text
              AS version`,
      [fiscalYear],
    );
    return { version: row?.version ?? "0", rows: await queryCellRows(tx, fiscalYear) };
  });
}

/**
 * Stores an entry unless the year has moved on meanwhile (then a newer summary is due anyway,
 * and this one must not replace a fresher entry another instance may have written).
 */
export async function writeSummaryCache(
  db: SqlQueryable,
  fiscalYear: number,
  algorithm: string,
  version: string,
  publication: string,
): Promise<void> {
  await db.query(
    `INSERT INTO summary_cache (fiscal_year, algorithm, version, publication)
     SELECT $1, $2, $3::bigint, $4
     WHERE $3::bigint =
       coalesce((SELECT version FROM fiscal_year_versions WHERE fiscal_year = $1), 0)
     ON CONFLICT (fiscal_year, algorithm) DO UPDATE
       SET version = EXCLUDED.version, publication = EXCLUDED.publication, computed_at = now()`,
    [fiscalYear, algorithm, version, publication],
  );
}
