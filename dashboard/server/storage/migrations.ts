import { CELL_CHUNKS_SQL } from "./migration-cell-chunks";
import { COMPANY_RECORDS_SQL } from "./migration-company-records";
import { RECORD_FACTS_SQL } from "./migration-record-facts";
import { RELEASES_SQL } from "./migration-releases";
import { RELEASE_PARTS_SQL } from "./migration-release-parts";
import { STORED_FACTS_SQL } from "./migration-stored-facts";

/**
 * The schema, as an append-only list: a deployed migration is never edited, a change is a new
 * entry. The same scripts run on PGlite and on PostgreSQL (15+), so they stick to plain SQL.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "users, sessions, submit tokens, records, report texts, audit log",
    sql: `
      CREATE TABLE users (
        id serial PRIMARY KEY,
        username text NOT NULL UNIQUE,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('admin', 'foundation', 'policy')),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      -- Only a hash of the session id is kept, so a copy of the table cannot be replayed.
      CREATE TABLE sessions (
        id_hash text PRIMARY KEY,
        user_id integer NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX sessions_expires_at ON sessions (expires_at);

      CREATE TABLE submit_tokens (
        id serial PRIMARY KEY,
        token_hash text NOT NULL UNIQUE,
        fiscal_year integer NOT NULL,
        round integer NOT NULL CHECK (round BETWEEN 1 AND 6),
        label text NOT NULL DEFAULT '',
        created_by integer REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );

      -- body is the validated record; canonical is its key-sorted JSON, what "same content" means.
      CREATE TABLE records (
        submission_id uuid PRIMARY KEY,
        fiscal_year integer NOT NULL,
        round integer NOT NULL CHECK (round BETWEEN 1 AND 6),
        body jsonb NOT NULL,
        canonical text NOT NULL,
        source text NOT NULL CHECK (source IN ('submission', 'import', 'demo')),
        token_id integer REFERENCES submit_tokens (id) ON DELETE SET NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX records_fiscal_year_round ON records (fiscal_year, round);

      -- text NULL means "use the generated text"; version guards concurrent edits.
      CREATE TABLE report_texts (
        fiscal_year integer NOT NULL,
        item_id text NOT NULL,
        text text,
        version integer NOT NULL,
        updated_by integer REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (fiscal_year, item_id)
      );

      -- Who did what, by id only: no usernames typed at login, no IP addresses, no record content.
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL,
        actor_user_id integer,
        actor_token_id integer,
        detail jsonb NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_log_at ON audit_log (at);
    `,
  },
  {
    version: 2,
    name: "record_facts: one row of aggregation inputs per record",
    sql: `
      -- Everything the aggregates read, derived from body in one place. Women newly in management
      -- (and in allowance posts) are floored at 0 PER RECORD: a company that lost a female manager
      -- appointed nobody, and must not cancel out another company's appointments.
      CREATE VIEW record_facts AS
      SELECT
        submission_id,
        fiscal_year,
        round,
        body ->> 'sizeBand' AS size_band,
        coalesce(body ->> 'industry', 'unknown') AS industry,
        (body #>> '{actions,selected,A}')::boolean AS selected_a,
        (body #>> '{actions,selected,B}')::boolean AS selected_b,
        (body #>> '{actions,selected,C}')::boolean AS selected_c,
        (body #>> '{actions,selected,D}')::boolean AS selected_d,
        (body #>> '{actions,achieved,A}')::boolean AS achieved_a,
        (body #>> '{actions,achieved,B}')::boolean AS achieved_b,
        (body #>> '{actions,achieved,C}')::boolean AS achieved_c,
        (body #>> '{actions,achieved,D}')::boolean AS achieved_d,
        (body #>> '{training,complete}')::boolean AS training_complete,
        greatest(0,
          (body #>> '{counts,report,managers,women}')::int
          - (body #>> '{counts,application,managers,women}')::int) AS new_female_managers,
        greatest(0,
          (body #>> '{counts,report,allowanceRecipients,women}')::int
          - (body #>> '{counts,application,allowanceRecipients,women}')::int) AS new_female_allowance,
        (body #>> '{categories,total}')::int AS categories_total,
        (body #>> '{categories,below40}')::int AS categories_below40,
        (body ->> 'projectedGrantYen')::int AS projected_grant_yen,
        CASE WHEN (body #>> '{counts,application,managers,women}')::int
                  + (body #>> '{counts,application,managers,men}')::int > 0
          THEN 100.0 * (body #>> '{counts,application,managers,women}')::int
               / ((body #>> '{counts,application,managers,women}')::int
                  + (body #>> '{counts,application,managers,men}')::int)
        END::float8 AS manager_ratio_before,
        CASE WHEN (body #>> '{counts,report,managers,women}')::int
                  + (body #>> '{counts,report,managers,men}')::int > 0
          THEN 100.0 * (body #>> '{counts,report,managers,women}')::int
               / ((body #>> '{counts,report,managers,women}')::int
                  + (body #>> '{counts,report,managers,men}')::int)
        END::float8 AS manager_ratio_after,
        (body #>> '{wageGap,all}')::float8 AS wage_gap_all,
        (body #>> '{wageGap,regular}')::float8 AS wage_gap_regular,
        (body #>> '{wageGap,nonRegular}')::float8 AS wage_gap_non_regular
      FROM records;
    `,
  },
  {
    version: 3,
    name: "record_facts table written by trigger, fiscal-year data versions, summary cache",
    sql: STORED_FACTS_SQL,
  },
  {
    version: 4,
    name: "cell_chunks: per-cell partial aggregates written by the insert trigger",
    sql: CELL_CHUNKS_SQL,
  },
  {
    version: 5,
    name: "records keep their content once: the canonical text column goes",
    // Why: body (jsonb, ~1.4 KB) and canonical (the same record as text, ~0.9 KB) together made
    // every row cross PostgreSQL's 2 KB TOAST threshold, so each insert compressed the body
    // with pglz (the bench: PGlite worker 240 → 146 µs per submission). "Same content" now
    // means an equal canonical JSON of the stored body (record-queries.ts): jsonb keeps every
    // key and each number's exact decimal value, so parsing its text gives back the record.
    // DROP COLUMN only marks the column dropped; old rows keep their bytes until rewritten.
    sql: `ALTER TABLE records DROP COLUMN canonical;`,
  },
  {
    version: 6,
    name: "schedules: each fiscal year's rounds as uploaded by admin; rounds are no longer 1–6",
    // Why: the program outlives FY2025. A year's 募集要項 is data the foundation uploads, and a
    // year may have any number of rounds: the 1–6 checks of version 1 become 1–99 (the
    // schedule itself decides which rounds exist). PostgreSQL named the column checks
    // <table>_<column>_check.
    sql: `
      CREATE TABLE schedules (
        fiscal_year integer PRIMARY KEY,
        body jsonb NOT NULL,
        updated_by integer REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      ALTER TABLE records DROP CONSTRAINT records_round_check;
      ALTER TABLE records ADD CONSTRAINT records_round_check CHECK (round BETWEEN 1 AND 99);
      ALTER TABLE submit_tokens DROP CONSTRAINT submit_tokens_round_check;
      ALTER TABLE submit_tokens ADD CONSTRAINT submit_tokens_round_check
        CHECK (round BETWEEN 1 AND 99);
    `,
  },
  {
    version: 7,
    name: "plan items per fiscal year and report settings, edited by policy staff",
    // Why: the annual report's plan column is the 東京都女性活躍推進計画 items the programme
    // serves, which policy staff maintain per year (a bundled file was another organisation's
    // text). A year's list is saved whole, guarded by one version per year as report_texts are.
    sql: `
      CREATE TABLE plan_items (
        fiscal_year integer NOT NULL,
        item_id text NOT NULL,
        position integer NOT NULL,
        number text NOT NULL,
        path jsonb NOT NULL,
        title text NOT NULL,
        plan_text text NOT NULL,
        generator text NOT NULL,
        PRIMARY KEY (fiscal_year, item_id)
      );
      CREATE TABLE plan_versions (
        fiscal_year integer PRIMARY KEY,
        version integer NOT NULL,
        updated_by integer REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE report_settings (
        key text PRIMARY KEY,
        value text NOT NULL,
        version integer NOT NULL,
        updated_by integer REFERENCES users (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `,
  },
  {
    version: 8,
    name: "releases: frozen, numbered publications of a fiscal year or a round",
    sql: RELEASES_SQL,
  },
  {
    version: 9,
    name: "per-company tokens and records, import batches, deletions rebuild their cells",
    sql: COMPANY_RECORDS_SQL,
  },
  {
    version: 10,
    name: "account management: last login, disabled accounts, sessions by user",
    // disabled_at NULL: active. A disabled user keeps the row (the audit log names the actor)
    // but no session. The index serves "end all sessions of this user".
    sql: `
      ALTER TABLE users ADD COLUMN last_login_at timestamptz;
      ALTER TABLE users ADD COLUMN disabled_at timestamptz;
      CREATE INDEX sessions_user_id ON sessions (user_id);
    `,
  },
  {
    version: 11,
    name: "a submission writes only its record: facts as generated columns, no triggers or chunks",
    sql: RECORD_FACTS_SQL,
  },
  {
    version: 12,
    name: "releases: raw aggregates stored uncompressed (a release's insert at 100k records)",
    // A release's raw_json (never served) holds every record's parts of the sums (record-changes.ts):
    // ~6 MB at 100,000 records, which pglz took ~0.2 s to compress in PGlite's WASM, inside the
    // release's ≤ 2 s. It is read once per later release; disk is cheaper than that wait.
    sql: `ALTER TABLE releases ALTER COLUMN raw_json SET STORAGE EXTERNAL;`,
  },
  {
    version: 13,
    name: "releases: the records' parts in a row of their own, written while the release is decided",
    sql: RELEASE_PARTS_SQL,
  },
];
