import type { SqlClient, SqlQueryable } from "./sql-client";
import type { ImportBatch } from "./storage";
import { toIso } from "./to-iso";

interface BatchRow {
  id: number;
  created_by: number | null;
  created_at: Date | string;
  format: string;
  record_count: number;
  removed_at: Date | string | null;
}

export async function listImportBatches(db: SqlQueryable): Promise<ImportBatch[]> {
  const rows = await db.query<BatchRow>(
    `SELECT id, created_by, created_at, format, record_count, removed_at
     FROM import_batches ORDER BY id`,
  );
  return rows.map((row) => ({
    id: row.id,
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    format: row.format,
    recordCount: row.record_count,
    removedAt: row.removed_at === null ? null : toIso(row.removed_at),
  }));
}

/**
 * Removes an import batch whole: its records are deleted (migration 9's trigger rebuilds their
 * cells) and the batch is kept, marked removed, for the audit. Releases already made keep
 * their bytes. undefined when there is no such batch or it was removed before.
 */
export async function removeImportBatch(
  db: SqlClient,
  id: number,
  removedBy: number,
): Promise<number | undefined> {
  return db.transaction(async (tx) => {
    const marked = await tx.query<{ id: number }>(
      `UPDATE import_batches SET removed_at = now(), removed_by = $2
       WHERE id = $1 AND removed_at IS NULL RETURNING id`,
      [id, removedBy],
    );
    if (marked.length === 0) return undefined;
    const gone = await tx.query<{ n: number }>(
      `WITH gone AS (DELETE FROM records WHERE import_batch_id = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [id],
    );
    return gone[0]?.n ?? 0;
  });
}

/** Deletes the live record of a per-company token; false when the company has none. */
export async function removeCompanyRecord(db: SqlQueryable, tokenId: number): Promise<boolean> {
  const rows = await db.query<{ submission_id: string }>(
    `DELETE FROM records WHERE company_token_id = $1 RETURNING submission_id::text`,
    [tokenId],
  );
  return rows.length > 0;
}
