import { CELL_KEY, CHUNK_COLUMNS } from "./cell-chunk-columns";
import type { SqlQueryable } from "./sql-client";

/**
 * Merges, in the table, the chunks of every cell of a year that has more than one (each INSERT
 * statement adds a chunk per cell it touches, migration 4), so that the summary reads about one
 * row per cell. Only those cells are rewritten: after a trickle of submissions that is a few
 * rows, not the year.
 *
 * One statement: the rows it deletes are exactly those it merges, so concurrent inserts (not in
 * its snapshot) and a concurrent compaction by another instance (rows it deleted first are
 * skipped here) can neither be lost nor counted twice. The data does not change, so neither does
 * the year's data version: cached summaries stay valid.
 */
const KEY = CELL_KEY.join(", ");
const COLUMNS = [...CELL_KEY, ...CHUNK_COLUMNS.map((c) => c.name)].join(", ");

const COMPACT_SQL = `
  WITH split AS (
    SELECT ${KEY} FROM cell_chunks WHERE fiscal_year = $1
    GROUP BY ${KEY} HAVING count(*) > 1
  ),
  gone AS (
    DELETE FROM cell_chunks c USING split s
    WHERE (c.fiscal_year, c.round, c.size_band, c.industry)
        = (s.fiscal_year, s.round, s.size_band, s.industry)
    RETURNING c.*
  ),
  merged AS (
    INSERT INTO cell_chunks (${COLUMNS})
    SELECT ${KEY},
      ${CHUNK_COLUMNS.map((c) => c.merge).join(",\n      ")}
    FROM gone
    GROUP BY ${KEY}
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM gone)::int AS removed, (SELECT count(*) FROM merged)::int AS added
`;

export async function compactCellChunks(
  db: SqlQueryable,
  fiscalYear: number,
): Promise<{ removed: number; added: number }> {
  const [row] = await db.query<{ removed: number; added: number }>(COMPACT_SQL, [fiscalYear]);
  return { removed: row?.removed ?? 0, added: row?.added ?? 0 };
}
