import { canonicalJson } from "./canonical-json";
import type { SqlClient, SqlQueryable } from "./sql-client";
import type { ImportOutcome, InsertOutcome, RecordInput } from "./storage";

const INSERT_ONE = `
  INSERT INTO records (submission_id, fiscal_year, round, body, source, token_id)
  VALUES ($1, $2, $3, $4::jsonb, $5, $6)
  ON CONFLICT (submission_id) DO NOTHING
  RETURNING submission_id
`;

/** One statement for a whole file: the rows travel as one JSON array parameter. */
const INSERT_MANY = `
  INSERT INTO records (submission_id, fiscal_year, round, body, source, token_id)
  SELECT submission_id, fiscal_year, round, body, source, token_id
  FROM jsonb_to_recordset($1::jsonb) AS x (
    submission_id uuid, fiscal_year integer, round integer, body jsonb, source text,
    token_id integer
  )
  ON CONFLICT (submission_id) DO NOTHING
  RETURNING submission_id::text AS submission_id
`;

/**
 * Race-safe idempotency: insert-or-nothing first, then compare with what is there. Two
 * concurrent first submissions cannot both be "stored"; the loser sees the winner's row.
 */
export async function insertRecord(db: SqlQueryable, record: RecordInput): Promise<InsertOutcome> {
  const inserted = await db.query(INSERT_ONE, [
    record.submissionId,
    record.fiscalYear,
    record.round,
    JSON.stringify(record.body),
    record.source,
    record.tokenId,
  ]);
  if (inserted.length === 1) return "stored";
  const existing = await storedCanonicals(db, [record.submissionId]);
  return existing.get(record.submissionId.toLowerCase()) === canonicalJson(record.body)
    ? "same"
    : "conflict";
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

/** All or nothing: any id already stored with other content rolls the whole file back. */
export async function importRecords(
  db: SqlClient,
  records: readonly RecordInput[],
): Promise<ImportOutcome> {
  if (records.length === 0) return { kind: "stored", outcomes: new Map() };
  try {
    return await db.transaction(async (tx) => {
      const stored = await insertMany(tx, records);
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
      return { kind: "stored" as const, outcomes };
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
  if (ids.length === 0) return new Map();
  const rows = await db.query<{ submission_id: string; body: string }>(
    `SELECT submission_id::text AS submission_id, body::text AS body FROM records
     WHERE submission_id = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(
    rows.map((row) => [row.submission_id.toLowerCase(), canonicalJson(JSON.parse(row.body))]),
  );
}
