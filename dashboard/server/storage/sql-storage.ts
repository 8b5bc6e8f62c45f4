import type { SqlClient } from "./sql-client";
import { migrate } from "./migrate";
import { InsertBatcher } from "./insert-batcher";
import { importRecords } from "./record-queries";
import { cellRows, releaseRows } from "./aggregate-queries";
import { appendAudit, listAudit, listReportTexts, saveReportTexts } from "./text-and-audit-queries";
import {
  loadPlanItems,
  loadReportSetting,
  savePlanItems,
  saveReportSetting,
  type PlanSaveOutcome,
  type StoredPlan,
  type StoredSetting,
} from "./plan-queries";
import type { PlanItem } from "../../../shared/api/report-plan";
import { listSchedules, saveSchedule, type StoredSchedule } from "./schedule-queries";
import { TokenCache } from "./token-cache";
import { afterGap } from "./flushes";
import { IDLE_VACUUM, IdleVacuum } from "./idle-vacuum";
import { listImportBatches, removeCompanyRecord, removeImportBatch } from "./company-queries";
import {
  insertRelease,
  latestRelease,
  listReleases,
  nextReleaseIds,
  releasesWithRaw,
  stageReleaseParts,
  dropReleaseParts,
  type NewRelease,
} from "./release-queries";
import { toIso } from "./to-iso";
import {
  deleteUser,
  findUserById,
  recordLogin,
  setPassword,
  toUserSummary,
  updateUser,
  USER_COLUMNS,
  type UserRow,
} from "./user-queries";
import type {
  AuditEntry,
  AuditRow,
  RecordInput,
  ReportText,
  ReportTextEdit,
  ReportTextSaveOutcome,
  Role,
  SessionUser,
  UserChange,
  UserChangeOutcome,
  Storage,
  SubmitToken,
  UserCredentials,
  UserSummary,
} from "./storage";

/** Runs the migrations, then serves the Storage interface with plain SQL on either driver. */
export async function openSqlStorage(client: SqlClient): Promise<Storage> {
  const { wasEmpty } = await migrate(client);
  return new SqlStorage(client, wasEmpty);
}

interface TokenRow {
  id: number;
  fiscal_year: number;
  round: number;
  label: string;
  per_company: boolean;
  created_by: number | null;
  created_at: Date | string;
  revoked_at: Date | string | null;
}

/**
 * ms between the starts of two insert (or token lookup) statements (flushes.ts): on PGlite's one
 * thread; on PostgreSQL shorter, as a pool runs a few statements at once and each costs its
 * backend less (the bench at 2,000/s: ~180 → ~110 µs of PostgreSQL's CPU per submission).
 */
const PGLITE_BATCH_GAP_MS = 8;
const PG_BATCH_GAP_MS = 4;

const TOKEN_COLUMNS =
  "id, fiscal_year, round, label, per_company, created_by, created_at, revoked_at";

class SqlStorage implements Storage {
  readonly driver: "pglite" | "pg";
  private readonly tokens = new TokenCache();
  private tokenLookups = new Map<
    string,
    { resolve(token: SubmitToken | undefined): void; reject(error: unknown): void }[]
  >();
  private tokenLookupScheduled = false;
  private tokenLookupStart = Number.NEGATIVE_INFINITY;
  private readonly batcher: InsertBatcher;
  private readonly batchGapMs: number;
  private readonly storedListeners = new Set<(fiscalYears: readonly number[]) => void>();
  /** PGlite only: PostgreSQL's own autovacuum does this there (idle-vacuum.ts) */
  private readonly vacuum: IdleVacuum | undefined;

  constructor(
    private readonly db: SqlClient,
    readonly isNew: boolean,
  ) {
    this.driver = db.driver;
    // PGlite has one connection: a second statement in flight would only wait for the first,
    // while staying in the queue lets it join the next (larger) batch. A pg pool overlaps a few.
    this.batchGapMs = db.driver === "pglite" ? PGLITE_BATCH_GAP_MS : PG_BATCH_GAP_MS;
    this.batcher = new InsertBatcher(db, {
      maxInFlight: db.driver === "pglite" ? 1 : 4,
      gapMs: this.batchGapMs,
      onStored: (records) => this.recordsStored(records),
    });
    this.vacuum =
      db.driver === "pglite" ? new IdleVacuum(() => db.exec("VACUUM records")) : undefined;
    // A previous run may have stopped within idleMs of its last writes, before vacuuming them:
    // once idle after the start, VACUUM visits whatever is not all-visible (~15 ms when nothing).
    this.vacuum?.written(IDLE_VACUUM.threshold);
  }

  async ping(): Promise<void> {
    await this.db.query("SELECT 1");
  }

  async close(): Promise<void> {
    await this.vacuum?.close();
    return this.db.close();
  }

  async countUsers(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>("SELECT count(*)::int AS n FROM users");
    return row?.n ?? 0;
  }

  async createUser(user: {
    username: string;
    passwordHash: string;
    role: Role;
  }): Promise<UserSummary | undefined> {
    const rows = await this.db.query<UserRow>(
      `INSERT INTO users (username, password_hash, role) VALUES ($1, $2, $3)
       ON CONFLICT (username) DO NOTHING
       RETURNING ${USER_COLUMNS}`,
      [user.username, user.passwordHash, user.role],
    );
    const row = rows[0];
    return row ? toUserSummary(row) : undefined;
  }

  async findUserByUsername(username: string): Promise<UserCredentials | undefined> {
    const [row] = await this.db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM users WHERE username = $1`,
      [username],
    );
    return row
      ? {
          id: row.id,
          username: row.username,
          role: row.role,
          passwordHash: row.password_hash,
          disabled: row.disabled_at !== null,
        }
      : undefined;
  }

  async listUsers(): Promise<UserSummary[]> {
    const rows = await this.db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY id`);
    return rows.map(toUserSummary);
  }

  findUserById(id: number): Promise<UserSummary | undefined> {
    return findUserById(this.db, id);
  }

  recordLogin(userId: number, at: Date): Promise<void> {
    return recordLogin(this.db, userId, at);
  }

  updateUser(id: number, change: UserChange): Promise<UserChangeOutcome> {
    return updateUser(this.db, id, change);
  }

  setPassword(id: number, passwordHash: string): Promise<UserChangeOutcome> {
    return setPassword(this.db, id, passwordHash);
  }

  deleteUser(id: number): Promise<UserChangeOutcome> {
    return deleteUser(this.db, id);
  }

  async createSession(session: { idHash: string; userId: number; expiresAt: Date }): Promise<void> {
    await this.db.query("INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, $3)", [
      session.idHash,
      session.userId,
      session.expiresAt.toISOString(),
    ]);
  }

  async findSession(idHash: string, now: Date): Promise<SessionUser | undefined> {
    const [row] = await this.db.query<{ user_id: number; username: string; role: Role }>(
      `SELECT s.user_id, u.username, u.role
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id_hash = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`,
      [idHash, now.toISOString()],
    );
    return row ? { userId: row.user_id, username: row.username, role: row.role } : undefined;
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.query("DELETE FROM sessions WHERE id_hash = $1", [idHash]);
  }

  async deleteExpiredSessions(now: Date): Promise<void> {
    await this.db.query("DELETE FROM sessions WHERE expires_at <= $1", [now.toISOString()]);
  }

  async createToken(token: {
    tokenHash: string;
    fiscalYear: number;
    round: number;
    label: string;
    createdBy: number;
  }): Promise<SubmitToken> {
    const [row] = await this.db.query<TokenRow>(
      `INSERT INTO submit_tokens (token_hash, fiscal_year, round, label, created_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING ${TOKEN_COLUMNS}`,
      [token.tokenHash, token.fiscalYear, token.round, token.label, token.createdBy],
    );
    if (!row) throw new Error("token insert returned nothing");
    return toToken(row);
  }

  /**
   * Per-company tokens are each seen about once, so the cache rarely helps: the lookups of the
   * requests that arrive in one turn of the event loop go to the database as ONE query (as the
   * inserts do, insert-batcher.ts), not one round trip each.
   */
  findActiveToken(tokenHash: string): Promise<SubmitToken | undefined> {
    const cached = this.tokens.get(tokenHash);
    if (cached) return Promise.resolve(cached);
    return new Promise((resolve, reject) => {
      const waiting = this.tokenLookups.get(tokenHash);
      if (waiting) waiting.push({ resolve, reject });
      else this.tokenLookups.set(tokenHash, [{ resolve, reject }]);
      if (this.tokenLookupScheduled) return;
      this.tokenLookupScheduled = true;
      this.tokenLookupStart = afterGap(
        this.tokenLookupStart,
        this.batchGapMs,
        () => void this.lookUpTokens(),
      );
    });
  }

  private async lookUpTokens(): Promise<void> {
    const batch = this.tokenLookups;
    this.tokenLookups = new Map();
    this.tokenLookupScheduled = false;
    try {
      const rows = await this.db.query<TokenRow & { token_hash: string }>(
        `SELECT token_hash, ${TOKEN_COLUMNS} FROM submit_tokens
         WHERE token_hash = ANY($1::text[]) AND revoked_at IS NULL`,
        [[...batch.keys()]],
      );
      const found = new Map(rows.map((row) => [row.token_hash, toToken(row)]));
      for (const [hash, waiting] of batch) {
        const token = found.get(hash);
        if (token) this.tokens.set(hash, token);
        for (const w of waiting) w.resolve(token);
      }
    } catch (error) {
      for (const waiting of batch.values()) for (const w of waiting) w.reject(error);
    }
  }

  async listTokens(): Promise<SubmitToken[]> {
    const rows = await this.db.query<TokenRow>(
      `SELECT ${TOKEN_COLUMNS} FROM submit_tokens ORDER BY id`,
    );
    return rows.map(toToken);
  }

  async revokeToken(id: number): Promise<boolean> {
    const rows = await this.db.query<{ id: number }>(
      `UPDATE submit_tokens SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL
       RETURNING id`,
      [id],
    );
    // After the UPDATE: a lookup that raced with it cannot have left the token cached here.
    this.tokens.forgetId(id);
    return rows.length === 1;
  }

  insertRecord = (record: Parameters<Storage["insertRecord"]>[0]) => this.batcher.insert(record);

  importRecords: Storage["importRecords"] = async (records, batch) => {
    const outcome = await importRecords(this.db, records, batch);
    if (outcome.kind === "stored") {
      this.recordsStored(records.filter((r) => outcome.outcomes.get(r.submissionId) === "stored"));
      await this.vacuum?.afterBulkWrite();
    }
    return outcome;
  };

  listImportBatches() {
    return listImportBatches(this.db);
  }

  async removeImportBatch(id: number, removedBy: number) {
    const removed = await removeImportBatch(this.db, id, removedBy);
    this.vacuum?.written(removed ?? 0);
    return removed;
  }

  async removeCompanyRecord(tokenId: number) {
    const removed = await removeCompanyRecord(this.db, tokenId);
    if (removed) this.vacuum?.written(1);
    return removed;
  }

  async createTokens(tokens: Parameters<Storage["createTokens"]>[0]): Promise<SubmitToken[]> {
    if (tokens.length === 0) return [];
    const rows = await this.db.query<TokenRow & { token_hash: string }>(
      `INSERT INTO submit_tokens (token_hash, fiscal_year, round, label, created_by)
       SELECT token_hash, fiscal_year, round, label, created_by
       FROM jsonb_to_recordset($1::jsonb) AS x (
         token_hash text, fiscal_year integer, round integer, label text, created_by integer
       )
       RETURNING token_hash, ${TOKEN_COLUMNS}`,
      [
        JSON.stringify(
          tokens.map((t) => ({
            token_hash: t.tokenHash,
            fiscal_year: t.fiscalYear,
            round: t.round,
            label: t.label,
            created_by: t.createdBy,
          })),
        ),
      ],
    );
    // In the order asked for, whatever order the statement returned its rows in.
    const byHash = new Map(rows.map((row) => [row.token_hash, toToken(row)]));
    return tokens.map((t) => {
      const token = byHash.get(t.tokenHash);
      if (!token) throw new Error("token batch insert lost a row");
      return token;
    });
  }

  onRecordsStored(listener: (fiscalYears: readonly number[]) => void): () => void {
    this.storedListeners.add(listener);
    return () => this.storedListeners.delete(listener);
  }

  /** After the commit; a listener's failure must not turn a stored record into an error. */
  private recordsStored(records: readonly Pick<RecordInput, "fiscalYear">[]): void {
    if (records.length === 0) return;
    this.vacuum?.written(records.length);
    const years = [...new Set(records.map((r) => r.fiscalYear))];
    for (const listener of this.storedListeners) {
      try {
        listener(years);
      } catch {
        // scheduling only: nothing to undo
      }
    }
  }

  async countRecords(fiscalYear: number): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM records WHERE fiscal_year = $1",
      [fiscalYear],
    );
    return row?.n ?? 0;
  }

  cellRows(fiscalYear: number) {
    return cellRows(this.db, fiscalYear);
  }

  releaseRows(fiscalYear: number) {
    return releaseRows(this.db, fiscalYear);
  }

  nextReleaseIds(fiscalYear: number) {
    return nextReleaseIds(this.db, fiscalYear);
  }

  insertRelease(release: NewRelease) {
    return insertRelease(this.db, release);
  }

  stageReleaseParts(id: number, partsJson: string) {
    return stageReleaseParts(this.db, id, partsJson);
  }

  dropReleaseParts(id: number) {
    return dropReleaseParts(this.db, id);
  }

  listReleases(fiscalYear: number) {
    return listReleases(this.db, fiscalYear);
  }

  latestRelease(fiscalYear: number, round: number | null) {
    return latestRelease(this.db, fiscalYear, round);
  }

  releasesWithRaw(fiscalYear: number) {
    return releasesWithRaw(this.db, fiscalYear);
  }

  listReportTexts(fiscalYear: number): Promise<ReportText[]> {
    return listReportTexts(this.db, fiscalYear);
  }

  saveReportTexts(
    fiscalYear: number,
    edits: readonly ReportTextEdit[],
    userId: number,
  ): Promise<ReportTextSaveOutcome> {
    return saveReportTexts(this.db, fiscalYear, edits, userId);
  }

  audit(entry: AuditEntry): Promise<void> {
    return appendAudit(this.db, entry);
  }

  listAudit(limit: number): Promise<AuditRow[]> {
    return listAudit(this.db, limit);
  }

  loadPlanItems(fiscalYear: number): Promise<StoredPlan> {
    return loadPlanItems(this.db, fiscalYear);
  }

  savePlanItems(
    fiscalYear: number,
    items: readonly PlanItem[],
    expectedVersion: number,
    userId: number | null,
  ): Promise<PlanSaveOutcome> {
    return savePlanItems(this.db, fiscalYear, items, expectedVersion, userId);
  }

  loadReportSetting(key: string): Promise<StoredSetting> {
    return loadReportSetting(this.db, key);
  }

  saveReportSetting(
    key: string,
    value: string,
    expectedVersion: number,
    userId: number | null,
  ): Promise<PlanSaveOutcome> {
    return saveReportSetting(this.db, key, value, expectedVersion, userId);
  }

  listSchedules(): Promise<StoredSchedule[]> {
    return listSchedules(this.db);
  }

  saveSchedule(schedule: { fiscalYear: number; body: unknown; updatedBy: number }): Promise<void> {
    return saveSchedule(this.db, schedule);
  }
}

function toToken(row: TokenRow): SubmitToken {
  return {
    id: row.id,
    fiscalYear: row.fiscal_year,
    round: row.round,
    label: row.label,
    perCompany: row.per_company,
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    revokedAt: row.revoked_at === null ? null : toIso(row.revoked_at),
  };
}
