import type { CellRow, ReleaseCellRow } from "./aggregate-queries";
import type { NewRelease, ReleaseInfo, ReleaseWithRaw, StoredRelease } from "./release-queries";
import type { StoredSchedule } from "./schedule-queries";
import type { PlanSaveOutcome, StoredPlan, StoredSetting } from "./plan-queries";
import type { PlanItem } from "../../../shared/api/report-plan";

export type { StoredSchedule };
export type { NewRelease, ReleaseInfo, ReleaseWithRaw, StoredRelease };

/**
 * Everything the server keeps, behind one interface with one SQL implementation
 * (`sql-storage.ts`) over two drivers. Route handlers see only this; no SQL outside storage/.
 */
import { ROLES, type Role } from "../../../shared/api/auth";

/** The roles are the API contract's (shared/api/auth.ts). */
export { ROLES, type Role };

export interface UserCredentials {
  id: number;
  username: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
}

export interface UserSummary {
  id: number;
  username: string;
  role: Role;
  createdAt: string;
  /** null: never logged in */
  lastLoginAt: string | null;
  disabled: boolean;
}

export interface UserChange {
  role?: Role;
  disabled?: boolean;
}

/** lastAdmin: refused, it would leave no active admin (nobody could manage accounts). */
export type UserChangeOutcome =
  { kind: "done"; user: UserSummary } | { kind: "notFound" } | { kind: "lastAdmin" };

export interface SessionUser {
  userId: number;
  username: string;
  role: Role;
}

export interface SubmitToken {
  id: number;
  fiscalYear: number;
  round: number;
  label: string;
  /** issued for one company (one live record); false: a round token issued before issue 14 */
  perCompany: boolean;
  createdBy: number | null;
  createdAt: string;
  revokedAt: string | null;
}

export type RecordSource = "submission" | "import" | "demo";

export interface RecordInput {
  submissionId: string;
  fiscalYear: number;
  round: number;
  /**
   * The validated record, stored as the jsonb body. Two records are "the same" when their
   * canonical JSON (canonical-json.ts) is equal; that is computed only where ids meet.
   */
  body: object;
  source: RecordSource;
  tokenId: number | null;
  /** set when sent with a per-company token: the company's one live record of the round */
  companyTokenId?: number | null;
  /** the import batch the record came in (migration 9) */
  importBatchId?: number | null;
}

/**
 * stored: new; same: already there with identical content; conflict: there, but different;
 * replaced: stored, and the company's earlier record (another submission id) is gone.
 */
export type InsertOutcome = "stored" | "same" | "conflict" | "replaced";

export type ImportOutcome =
  | { kind: "stored"; outcomes: Map<string, "stored" | "same">; batchId?: number | undefined }
  | { kind: "conflict"; conflicting: string[] };

export interface ImportBatch {
  id: number;
  createdBy: number | null;
  createdAt: string;
  format: string;
  /** records this batch stored */
  recordCount: number;
  removedAt: string | null;
}

export interface ReportText {
  itemId: string;
  /** null: the generated text is used */
  text: string | null;
  version: number;
  updatedAt: string;
  updatedBy: number | null;
}

export interface ReportTextEdit {
  itemId: string;
  text: string | null;
  /** the version the editor started from; 0 for an item never edited */
  expectedVersion: number;
}

export type ReportTextSaveOutcome =
  { kind: "saved"; texts: ReportText[] } | { kind: "conflict"; itemIds: string[] };

export type AuditAction =
  | "login.success"
  | "login.failure"
  | "login.disabled"
  | "logout"
  | "user.create"
  | "user.role"
  | "user.disable"
  | "user.enable"
  | "user.password.reset"
  | "user.delete"
  | "token.issue"
  | "token.revoke"
  | "import"
  | "import.refused"
  | "import.remove"
  | "record.revoke"
  | "export"
  | "release.create"
  | "release.refused"
  | "report.texts.save"
  | "schedule.save"
  | "report.plan.save"
  | "report.organisation.save";

/** Ids and counts only: never a record, a typed username, a password or an address. */
export interface AuditEntry {
  action: AuditAction;
  actorUserId?: number | null;
  actorTokenId?: number | null;
  detail?: Record<string, string | number | boolean | null>;
}

export interface AuditRow extends Required<AuditEntry> {
  id: number;
  at: string;
  /** the acting user's name now; null for a submit token or a deleted user */
  actorUsername: string | null;
}

export interface Storage {
  readonly driver: "pglite" | "pg";
  /** true when this start created the schema: a new database */
  readonly isNew: boolean;
  ping(): Promise<void>;
  close(): Promise<void>;

  countUsers(): Promise<number>;
  /** undefined when the username is taken */
  createUser(user: {
    username: string;
    passwordHash: string;
    role: Role;
  }): Promise<UserSummary | undefined>;
  findUserByUsername(username: string): Promise<UserCredentials | undefined>;
  listUsers(): Promise<UserSummary[]>;
  findUserById(id: number): Promise<UserSummary | undefined>;
  recordLogin(userId: number, at: Date): Promise<void>;
  /** Role and/or disabled; disabling ends all the user's sessions. Never the last active admin. */
  updateUser(id: number, change: UserChange): Promise<UserChangeOutcome>;
  /** Ends all the user's sessions in the same transaction. */
  setPassword(id: number, passwordHash: string): Promise<UserChangeOutcome>;
  /** Never the last active admin. */
  deleteUser(id: number): Promise<UserChangeOutcome>;

  createSession(session: { idHash: string; userId: number; expiresAt: Date }): Promise<void>;
  findSession(idHash: string, now: Date): Promise<SessionUser | undefined>;
  deleteSession(idHash: string): Promise<void>;
  deleteExpiredSessions(now: Date): Promise<void>;

  createToken(token: {
    tokenHash: string;
    fiscalYear: number;
    round: number;
    label: string;
    createdBy: number;
  }): Promise<SubmitToken>;
  /**
   * An active (not revoked) token by its hash. Remembered in the process for a few seconds
   * (token-cache.ts): a revocation through another instance takes up to that long to apply.
   */
  findActiveToken(tokenHash: string): Promise<SubmitToken | undefined>;
  listTokens(): Promise<SubmitToken[]>;
  /** false when there is no such active token */
  revokeToken(id: number): Promise<boolean>;

  /** Group-committed with concurrent calls; resolves only after the row's commit. */
  insertRecord(record: RecordInput): Promise<InsertOutcome>;
  /**
   * All or nothing: either every record is stored (or was already, identically) or none is.
   * With `batch`, the file becomes one import batch that can be listed and removed whole.
   */
  importRecords(
    records: readonly RecordInput[],
    batch?: { createdBy: number; format: string },
  ): Promise<ImportOutcome>;
  listImportBatches(): Promise<ImportBatch[]>;
  /** deletes the batch's records (the batch stays, marked removed); undefined: no such batch */
  removeImportBatch(id: number, removedBy: number): Promise<number | undefined>;
  /** deletes a company's live record (per-company token); false when it has none */
  removeCompanyRecord(tokenId: number): Promise<boolean>;
  /** several tokens in one statement (the batch issue for mail merge) */
  createTokens(
    tokens: readonly {
      tokenHash: string;
      fiscalYear: number;
      round: number;
      label: string;
      createdBy: number;
    }[],
  ): Promise<SubmitToken[]>;
  countRecords(fiscalYear: number): Promise<number>;
  /**
   * Calls `listener` with the fiscal years of new records after each statement (or import)
   * that stored some has COMMITTED; synchronously, so it must only schedule work (the summary
   * refresh). Returns the function that removes the listener.
   */
  onRecordsStored(listener: (fiscalYears: readonly number[]) => void): () => void;

  /**
   * The year's finest cells, grouped from its records now (aggregation/cell-rows.ts decodes
   * them): read once per release, never per submission (migration 11).
   */
  cellRows(fiscalYear: number): Promise<CellRow[]>;
  /** the finest cells and each record's parts of the sums, in one snapshot (a release's input) */
  releaseRows(fiscalYear: number): Promise<ReleaseCellRow[]>;

  /** a fresh release id and the next number of the year's releases */
  nextReleaseIds(fiscalYear: number): Promise<{ id: number; seq: number }>;
  /** false when another release took the same number of the year meanwhile */
  insertRelease(release: NewRelease): Promise<boolean>;
  /** the records' parts of the release about to be stored as `id` (written while it is decided) */
  stageReleaseParts(id: number, partsJson: string): Promise<void>;
  /** removes staged parts whose release was not stored */
  dropReleaseParts(id: number): Promise<void>;
  listReleases(fiscalYear: number): Promise<ReleaseInfo[]>;
  /** the latest release of exactly this scope (round null: the year) */
  latestRelease(fiscalYear: number, round: number | null): Promise<StoredRelease | undefined>;
  /** every release of the year with its raw aggregates, oldest first: the audit's input only */
  releasesWithRaw(fiscalYear: number): Promise<ReleaseWithRaw[]>;

  listReportTexts(fiscalYear: number): Promise<ReportText[]>;
  saveReportTexts(
    fiscalYear: number,
    edits: readonly ReportTextEdit[],
    userId: number,
  ): Promise<ReportTextSaveOutcome>;

  audit(entry: AuditEntry): Promise<void>;
  listAudit(limit: number): Promise<AuditRow[]>;

  /** A year's plan items (年次報告の計画項目), in order, with the version an edit starts from. */
  loadPlanItems(fiscalYear: number): Promise<StoredPlan>;
  /** Replaces a year's items unless someone saved since `expectedVersion`. */
  savePlanItems(
    fiscalYear: number,
    items: readonly PlanItem[],
    expectedVersion: number,
    userId: number | null,
  ): Promise<PlanSaveOutcome>;
  loadReportSetting(key: string): Promise<StoredSetting>;
  saveReportSetting(
    key: string,
    value: string,
    expectedVersion: number,
    userId: number | null,
  ): Promise<PlanSaveOutcome>;

  /** The fiscal years' schedules uploaded by admin (the bundled FY2025 is not stored). */
  listSchedules(): Promise<StoredSchedule[]>;
  saveSchedule(schedule: { fiscalYear: number; body: unknown; updatedBy: number }): Promise<void>;
}
