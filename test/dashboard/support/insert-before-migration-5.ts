import { canonicalJson } from "../../../dashboard/server/storage/canonical-json";
import { recordRow } from "../../../dashboard/server/storage/record-queries";
import type { SqlQueryable } from "../../../dashboard/server/storage/sql-client";
import type { RecordInput } from "../../../dashboard/server/storage/storage";

/**
 * Stores records the way the server did up to migration 4 (body and canonical text both), for
 * tests that migrate an older database forward. The current insert has no canonical column.
 */
export async function insertBeforeMigration5(
  db: SqlQueryable,
  records: readonly RecordInput[],
): Promise<void> {
  await db.query(
    `INSERT INTO records (submission_id, fiscal_year, round, body, canonical, source, token_id)
     SELECT submission_id, fiscal_year, round, body, canonical, source, token_id
     FROM jsonb_to_recordset($1::jsonb) AS x (
       submission_id uuid, fiscal_year integer, round integer, body jsonb, canonical text,
       source text, token_id integer
     )`,
    [JSON.stringify(records.map((r) => ({ ...recordRow(r), canonical: canonicalJson(r.body) })))],
  );
}
