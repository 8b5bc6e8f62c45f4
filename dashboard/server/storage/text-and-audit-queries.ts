import type { SqlClient } from "./sql-client";
import type {
  AuditEntry,
  AuditRow,
  ReportText,
  ReportTextEdit,
  ReportTextSaveOutcome,
} from "./storage";
import { toIso } from "./to-iso";

interface TextRow {
  item_id: string;
  text: string | null;
  version: number;
  updated_at: Date | string;
  updated_by: number | null;
}

export async function listReportTexts(db: SqlClient, fiscalYear: number): Promise<ReportText[]> {
  const rows = await db.query<TextRow>(
    `SELECT item_id, text, version, updated_at, updated_by FROM report_texts
     WHERE fiscal_year = $1 ORDER BY item_id`,
    [fiscalYear],
  );
  return rows.map(toReportText);
}

class StaleEdit extends Error {}

/**
 * Optimistic concurrency: each edit names the version it started from. The whole batch is one
 * transaction, so either every edit lands or (on any stale version) none does.
 */
export async function saveReportTexts(
  db: SqlClient,
  fiscalYear: number,
  edits: readonly ReportTextEdit[],
  userId: number,
): Promise<ReportTextSaveOutcome> {
  const stale: string[] = [];
  try {
    await db.transaction(async (tx) => {
      for (const edit of edits) {
        const rows =
          edit.expectedVersion === 0
            ? await tx.query(
                `INSERT INTO report_texts (fiscal_year, item_id, text, version, updated_by)
                 VALUES ($1, $2, $3, 1, $4) ON CONFLICT DO NOTHING RETURNING item_id`,
                [fiscalYear, edit.itemId, edit.text, userId],
              )
            : await tx.query(
                `UPDATE report_texts
                 SET text = $3, version = version + 1, updated_by = $4, updated_at = now()
                 WHERE fiscal_year = $1 AND item_id = $2 AND version = $5 RETURNING item_id`,
                [fiscalYear, edit.itemId, edit.text, userId, edit.expectedVersion],
              );
        if (rows.length === 0) stale.push(edit.itemId);
      }
      if (stale.length > 0) throw new StaleEdit();
    });
  } catch (error) {
    if (error instanceof StaleEdit) return { kind: "conflict", itemIds: stale };
    throw error;
  }
  return { kind: "saved", texts: await listReportTexts(db, fiscalYear) };
}

export async function appendAudit(db: SqlClient, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (action, actor_user_id, actor_token_id, detail)
     VALUES ($1, $2, $3, $4::jsonb)`,
    [
      entry.action,
      entry.actorUserId ?? null,
      entry.actorTokenId ?? null,
      JSON.stringify(entry.detail ?? {}),
    ],
  );
}

export async function listAudit(db: SqlClient, limit: number): Promise<AuditRow[]> {
  const rows = await db.query<{
    id: number | string;
    at: Date | string;
    action: AuditRow["action"];
    actor_user_id: number | null;
    actor_token_id: number | null;
    detail: AuditRow["detail"] | string;
    actor_username: string | null;
  }>(
    `SELECT a.id, a.at, a.action, a.actor_user_id, a.actor_token_id, a.detail,
            u.username AS actor_username
     FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
     ORDER BY a.id DESC LIMIT $1`,
    [limit],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    at: toIso(row.at),
    action: row.action,
    actorUserId: row.actor_user_id,
    actorTokenId: row.actor_token_id,
    actorUsername: row.actor_username,
    detail: typeof row.detail === "string" ? JSON.parse(row.detail) : row.detail,
  }));
}

function toReportText(row: TextRow): ReportText {
  return {
    itemId: row.item_id,
    text: row.text,
    version: row.version,
    updatedAt: toIso(row.updated_at),
    updatedBy: row.updated_by,
  };
}
