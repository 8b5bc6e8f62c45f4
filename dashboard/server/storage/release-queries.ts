import type { SqlQueryable } from "./sql-client";
import { toIso } from "./to-iso";

/** A release as listed: what it is of, when, and how many records it was built from. */
export interface ReleaseInfo {
  id: number;
  fiscalYear: number;
  /** null: the whole fiscal year */
  round: number | null;
  createdAt: string;
  createdBy: number | null;
  recordCount: number;
  algorithm: string;
}

/** A release with what it serves (never the raw aggregates). */
export interface StoredRelease extends ReleaseInfo {
  /** the exact bytes GET /api/summary answers for the release's own scope */
  summaryJson: string;
  /** the year's publication it was cut from (rounds of a year release, the report) */
  publicationJson: string;
}

/** A release with its raw aggregates, for the audit of the next release only. */
export interface ReleaseWithRaw extends StoredRelease {
  rawJson: string;
  /** its records' parts (release_parts, migration 13); null: inside rawJson (older releases) */
  partsJson: string | null;
}

export interface NewRelease {
  id: number;
  fiscalYear: number;
  seq: number;
  round: number | null;
  createdAt: Date;
  /** null: made by the server itself (the demo) */
  createdBy: number | null;
  recordCount: number;
  algorithm: string;
  summaryJson: string;
  publicationJson: string;
  rawJson: string;
}

interface ReleaseRow {
  id: number;
  fiscal_year: number;
  round: number | null;
  created_at: Date | string;
  created_by: number | null;
  record_count: number;
  algorithm: string;
  summary_json?: string;
  publication_json?: string;
  raw_json?: string;
  parts_json?: string | null;
}

const INFO_COLUMNS = "id, fiscal_year, round, created_at, created_by, record_count, algorithm";

function infoOf(row: ReleaseRow): ReleaseInfo {
  return {
    id: row.id,
    fiscalYear: row.fiscal_year,
    round: row.round,
    createdAt: toIso(row.created_at),
    createdBy: row.created_by,
    recordCount: row.record_count,
    algorithm: row.algorithm,
  };
}

/** A fresh release id and the number the next release of the year would get. */
export async function nextReleaseIds(
  db: SqlQueryable,
  fiscalYear: number,
): Promise<{ id: number; seq: number }> {
  const [row] = await db.query<{ id: number; seq: number }>(
    `SELECT nextval('releases_id')::int AS id,
            (SELECT coalesce(max(seq), 0) + 1 FROM releases WHERE fiscal_year = $1)::int AS seq`,
    [fiscalYear],
  );
  if (!row) throw new Error("no release id");
  return row;
}

/** false when another release of the year took this number meanwhile (unique violation). */
export async function insertRelease(db: SqlQueryable, release: NewRelease): Promise<boolean> {
  const rows = await db.query<{ id: number }>(
    `INSERT INTO releases (id, fiscal_year, seq, round, created_at, created_by, record_count,
       algorithm, summary_json, publication_json, raw_json)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (fiscal_year, seq) DO NOTHING
     RETURNING id`,
    [
      release.id,
      release.fiscalYear,
      release.seq,
      release.round,
      release.createdAt.toISOString(),
      release.createdBy,
      release.recordCount,
      release.algorithm,
      release.summaryJson,
      release.publicationJson,
      release.rawJson,
    ],
  );
  return rows.length === 1;
}

export async function listReleases(db: SqlQueryable, fiscalYear: number): Promise<ReleaseInfo[]> {
  const rows = await db.query<ReleaseRow>(
    `SELECT ${INFO_COLUMNS} FROM releases WHERE fiscal_year = $1 ORDER BY id`,
    [fiscalYear],
  );
  return rows.map(infoOf);
}

/**
 * The latest release of a scope: round null → the latest year release; round N → the latest
 * release of round N. (Whether a year release also answers for its rounds is the caller's.)
 */
export async function latestRelease(
  db: SqlQueryable,
  fiscalYear: number,
  round: number | null,
): Promise<StoredRelease | undefined> {
  const [row] = await db.query<ReleaseRow>(
    `SELECT ${INFO_COLUMNS}, summary_json, publication_json FROM releases
     WHERE fiscal_year = $1 AND round IS NOT DISTINCT FROM $2::int
     ORDER BY id DESC LIMIT 1`,
    [fiscalYear, round],
  );
  return row
    ? { ...infoOf(row), summaryJson: row.summary_json!, publicationJson: row.publication_json! }
    : undefined;
}

/** Every release of the year with its raw aggregates, oldest first (the auditor's input). */
export async function releasesWithRaw(
  db: SqlQueryable,
  fiscalYear: number,
): Promise<ReleaseWithRaw[]> {
  const rows = await db.query<ReleaseRow>(
    `SELECT ${INFO_COLUMNS.split(", ")
      .map((c) => `r.${c}`)
      .join(", ")}, r.summary_json, r.publication_json, r.raw_json, p.parts_json
     FROM releases r LEFT JOIN release_parts p ON p.id = r.id
     WHERE r.fiscal_year = $1 ORDER BY r.id`,
    [fiscalYear],
  );
  return rows.map((row) => ({
    ...infoOf(row),
    summaryJson: row.summary_json!,
    publicationJson: row.publication_json!,
    rawJson: row.raw_json!,
    partsJson: row.parts_json ?? null,
  }));
}

/**
 * Stores the records' parts of the release about to get id `id` (migration 13), and removes
 * what a stopped process left more than an hour ago (parts no release refers to).
 */
export async function stageReleaseParts(
  db: SqlQueryable,
  id: number,
  partsJson: string,
): Promise<void> {
  await db.query(
    `WITH left_behind AS (
       DELETE FROM release_parts p
       WHERE p.staged_at < now() - interval '1 hour'
         AND NOT EXISTS (SELECT 1 FROM releases r WHERE r.id = p.id)
     )
     INSERT INTO release_parts (id, parts_json) VALUES ($1, $2)`,
    [id, partsJson],
  );
}

/** Removes the staged parts of a release that was not created (refused, or lost a race). */
export async function dropReleaseParts(db: SqlQueryable, id: number): Promise<void> {
  await db.query("DELETE FROM release_parts WHERE id = $1", [id]);
}
