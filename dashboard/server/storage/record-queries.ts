import { canonicalJson } from "./canonical-json";
import type { SqlClient, SqlQueryable } from "./sql-client";
import type { ImportOutcome, InsertOutcome, RecordInput } from "./storage";

/**
 * ON CONFLICT DO NOTHING without a target: a row is skipped when its submission id is stored OR
 * its company already has a live record (migration 9's unique company_token_id); the caller
 * tells the two apart and replaces the company's record (replaceCompanyRecord).
 */
const INSERT_ONE = `
  INSERT INTO records (submission_id, fiscal_year, round, body, source, token_id,
    company_token_id, import_batch_id)
  VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8)
  ON CONFLICT DO NOTHING
  RETURNING submission_id
`;

/** One statement for a whole file: the rows travel as one JSON array parameter. */
const INSERT_MANY = `
  INSERT INTO records (submission_id, fiscal_year, round, body, source, token_id,
    company_token_id, import_batch_id)
  SELECT submission_id, fiscal_year, round, body, source, token_id, company_token_id,
    import_batch_id
  FROM jsonb_to_recordset($1::jsonb) AS x (
    submission_id uuid, fiscal_year integer, round integer, body jsonb, source text,
    token_id integer, company_token_id integer, import_batch_id integer
  )
  ON CONFLICT DO NOTHING
  RETURNING submission_id::text AS submission_id
`;

/** insertRecord's answer: also "replace" when the company has another live record. */
export type FirstOutcome = InsertOutcome | "replace";

/**
 * Race-safe idempotency: insert-or-nothing first, then compare with what is there. Two
 * concurrent first submissions cannot both be "stored"; the loser sees the winner's row.
 */
export async function insertRecord(db: SqlQueryable, record: RecordInput): Promise<FirstOutcome> {
  const inserted = await db.query(INSERT_ONE, [
    record.submissionId,
    record.fiscalYear,
    record.round,
    JSON.stringify(record.body),
    record.source,
    record.tokenId,
    record.companyTokenId ?? null,
    record.importBatchId ?? null,
  ]);
  if (inserted.length === 1) return "stored";
  const existing = await storedRows(db, [record.submissionId]);
  const stored = existing.get(record.submissionId.toLowerCase());
  if (stored === undefined && record.companyTokenId != null) return "replace";
  return sameAsStored(stored, record) ? "same" : "conflict";
}

/** A stored record's content, and the token that sent it (null: imported). */
export interface StoredRow {
  canonical: string;
  tokenId: number | null;
}

/**
 * The request repeats what is stored: the same content, sent with the same token. A row another
 * token stored is a conflict whatever its content, or the answer would confirm a guess of
 * another company's record (red team, issue 14). An imported row has no token: content only.
 */
export function sameAsStored(stored: StoredRow | undefined, record: RecordInput): boolean {
  if (stored === undefined || stored.canonical !== canonicalJson(record.body)) return false;
  return stored.tokenId === null || stored.tokenId === record.tokenId;
}

/**
 * A company's new record replaces its live one (one live record per company and round): in one
 * transaction the old record goes (its cells are rebuilt by migration 9's trigger) and the new
 * one is stored. "same"/"conflict" when the new record's submission id is already stored.
 */
export async function replaceCompanyRecord(
  db: SqlClient,
  record: RecordInput,
): Promise<InsertOutcome> {
  return db.transaction(async (tx) => {
    await tx.query(
      `DELETE FROM records WHERE company_token_id = $1 AND submission_id <> $2::uuid`,
      [record.companyTokenId, record.submissionId],
    );
    const outcome = await insertRecord(tx, record);
    // "replace" again: another replacement of the same company won the race; the caller's
    // record was still sent last, so it is stored next time round (rare; answered as conflict).
    if (outcome === "stored") return "replaced";
    return outcome === "replace" ? "conflict" : outcome;
  });
}

/** A record as a row of `records` (snake_case keys), for jsonb_to_recordset. */
export function recordRow(r: RecordInput) {
  return {
    submission_id: r.submissionId,
    fiscal_year: r.fiscalYear,
    round: r.round,
    body: r.body,
    source: r.source,
    token_id: r.tokenId,
    company_token_id: r.companyTokenId ?? null,
    import_batch_id: r.importBatchId ?? null,
  };
}

/** Inserts what is new (one statement); returns the lower-cased ids this statement stored. */
export async function insertMany(
  db: SqlQueryable,
  records: readonly RecordInput[],
): Promise<Set<string>> {
  if (records.length === 0) return new Set();
  const rows = await db.query<{ submission_id: string }>(INSERT_MANY, [
    JSON.stringify(records.map(recordRow)),
  ]);
  return new Set(rows.map((row) => row.submission_id.toLowerCase()));
}

class ImportConflict extends Error {
  constructor(readonly conflicting: string[]) {
    super("import conflict");
  }
}

/**
 * All or nothing: any id already stored with other content rolls the whole file back. With
 * `batch`, the file is one import batch (migration 9): its records name it, so it can be listed
 * and removed whole.
 */
export async function importRecords(
  db: SqlClient,
  input: readonly RecordInput[],
  batch?: { createdBy: number; format: string },
): Promise<ImportOutcome> {
  if (input.length === 0) return { kind: "stored", outcomes: new Map() };
  try {
    return await db.transaction(async (tx) => {
      let batchId: number | undefined;
      if (batch) {
        const [row] = await tx.query<{ id: number }>(
          `INSERT INTO import_batches (created_by, format, record_count) VALUES ($1, $2, 0)
           RETURNING id`,
          [batch.createdBy, batch.format],
        );
        batchId = row!.id;
      }
      const records = input.map((r) => ({ ...r, importBatchId: batchId ?? null }));
      const stored = await insertMany(tx, records);
      if (batchId !== undefined) {
        await tx.query("UPDATE import_batches SET record_count = $2 WHERE id = $1", [
          batchId,
          stored.size,
        ]);
      }
      const notInserted = records.filter((r) => !stored.has(r.submissionId.toLowerCase()));
      const existing = await storedCanonicals(
        tx,
        notInserted.map((r) => r.submissionId),
      );
      const conflicting = notInserted
        .filter((r) => existing.get(r.submissionId.toLowerCase()) !== canonicalJson(r.body))
        .map((r) => r.submissionId);
      if (conflicting.length > 0) throw new ImportConflict(conflicting);
      const outcomes = new Map<string, "stored" | "same">();
      for (const r of records) {
        outcomes.set(r.submissionId, stored.has(r.submissionId.toLowerCase()) ? "stored" : "same");
      }
      return { kind: "stored" as const, outcomes, batchId };
    });
  } catch (error) {
    if (error instanceof ImportConflict)
      return { kind: "conflict", conflicting: error.conflicting };
    throw error;
  }
}

/**
 * The canonical JSON of what is stored under each id (lower-cased), to compare with a new
 * submission's. Only the rare repeat or conflict gets here, so re-canonicalising is cheap.
 */
export async function storedCanonicals(
  db: SqlQueryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await storedRows(db, ids);
  return new Map([...rows].map(([id, row]) => [id, row.canonical]));
}

/** storedCanonicals with the token each row was sent with. */
export async function storedRows(
  db: SqlQueryable,
  ids: readonly string[],
): Promise<Map<string, StoredRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ submission_id: string; body: string; token_id: number | null }>(
    `SELECT submission_id::text AS submission_id, body::text AS body, token_id FROM records
     WHERE submission_id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(
    rows.map((row) => [
      row.submission_id.toLowerCase(),
      {
        canonical: canonicalJson(JSON.parse(row.body)),
        tokenId: row.token_id === null ? null : Number(row.token_id),
      },
    ]),
  );
}
