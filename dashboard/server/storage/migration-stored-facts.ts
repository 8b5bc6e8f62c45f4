/**
 * Migration 3 (replaces an unreleased draft that used STORED generated columns on `records`):
 * `record_facts` becomes a narrow TABLE of aggregation inputs, one row per record, written by a
 * statement-level trigger in the same statement (so the same transaction) as the insert into
 * `records`, whatever the path (submission batch, import, demo, backfill below).
 *
 * Why a separate table: the summary scans every record of a year. Generated columns still live
 * in the wide `records` rows (jsonb body + canonical text, ~2 KB each), so a scan read ~200 MB
 * at 100,000 records; the facts rows are ~100 bytes. The expressions are those of migration 2,
 * so the figures are unchanged (test/dashboard/storage compares them with a TypeScript
 * reference).
 *
 * It also keeps a data version per fiscal year for the summary cache (`summary_cache`, in the
 * database so that every instance on one PostgreSQL agrees): every statement that adds records
 * to a year sets that year's version to a fresh value of the sequence `data_version`. The value
 * is never reused (the sequence belongs to no column, so not even TRUNCATE … RESTART IDENTITY
 * resets it), so a cached summary is valid exactly when its version equals the year's version.
 */
/**
 * Exported for migration 4, which computes the same facts inside its trigger. Migrations 3 and 4
 * are released: never edit these expressions; a change of the facts is a new migration.
 */
export const FACTS: readonly (readonly [column: string, type: string, expression: string])[] = [
  ["size_band", "text", "body ->> 'sizeBand'"],
  ["industry", "text", "coalesce(body ->> 'industry', 'unknown')"],
  ...(["A", "B", "C", "D"] as const).flatMap((a) => [
    [
      `selected_${a.toLowerCase()}`,
      "boolean",
      `(body #>> '{actions,selected,${a}}')::boolean`,
    ] as const,
    [
      `achieved_${a.toLowerCase()}`,
      "boolean",
      `(body #>> '{actions,achieved,${a}}')::boolean`,
    ] as const,
  ]),
  ["training_complete", "boolean", "(body #>> '{training,complete}')::boolean"],
  [
    "new_female_managers",
    "integer",
    `greatest(0, (body #>> '{counts,report,managers,women}')::int
                 - (body #>> '{counts,application,managers,women}')::int)`,
  ],
  [
    "new_female_allowance",
    "integer",
    `greatest(0, (body #>> '{counts,report,allowanceRecipients,women}')::int
                 - (body #>> '{counts,application,allowanceRecipients,women}')::int)`,
  ],
  ["categories_total", "integer", "(body #>> '{categories,total}')::int"],
  ["categories_below40", "integer", "(body #>> '{categories,below40}')::int"],
  ["projected_grant_yen", "integer", "(body ->> 'projectedGrantYen')::int"],
  ...(["application", "report"] as const).map(
    (when) =>
      [
        when === "application" ? "manager_ratio_before" : "manager_ratio_after",
        "float8",
        `(CASE WHEN (body #>> '{counts,${when},managers,women}')::int
                    + (body #>> '{counts,${when},managers,men}')::int > 0
           THEN 100.0 * (body #>> '{counts,${when},managers,women}')::int
                / ((body #>> '{counts,${when},managers,women}')::int
                   + (body #>> '{counts,${when},managers,men}')::int)
           END)::float8`,
      ] as const,
  ),
  ["wage_gap_all", "float8", "(body #>> '{wageGap,all}')::float8"],
  ["wage_gap_regular", "float8", "(body #>> '{wageGap,regular}')::float8"],
  ["wage_gap_non_regular", "float8", "(body #>> '{wageGap,nonRegular}')::float8"],
];

const COLUMNS = FACTS.map(([c]) => c).join(", ");
const SELECT_FACTS = (from: string) =>
  `SELECT submission_id, fiscal_year, round, ${FACTS.map(([, , e]) => e).join(",\n      ")}
    FROM ${from}`;

/**
 * Sets the version of every fiscal year that `from` has rows of, in fiscal-year order so that two
 * statements spanning the same years lock their version rows in the same order (no deadlock).
 */
export const BUMP_VERSIONS = (from: string) => `
    INSERT INTO fiscal_year_versions (fiscal_year, version)
    SELECT fiscal_year, nextval('data_version') FROM (SELECT DISTINCT fiscal_year FROM ${from} ORDER BY fiscal_year) y
    ON CONFLICT (fiscal_year) DO UPDATE SET version = EXCLUDED.version`;

export const STORED_FACTS_SQL = `
  DROP VIEW record_facts;

  CREATE TABLE record_facts (
    submission_id uuid NOT NULL,
    fiscal_year integer NOT NULL,
    round integer NOT NULL,
    ${FACTS.map(([c, t]) => `${c} ${t}`).join(",\n    ")}
  );
  CREATE INDEX record_facts_fiscal_year ON record_facts (fiscal_year);

  CREATE SEQUENCE data_version;
  CREATE TABLE fiscal_year_versions (
    fiscal_year integer PRIMARY KEY,
    version bigint NOT NULL
  );
  -- One published summary per fiscal year and algorithm (the server's suppression code),
  -- valid while its version is the year's current version.
  CREATE TABLE summary_cache (
    fiscal_year integer NOT NULL,
    algorithm text NOT NULL,
    version bigint NOT NULL,
    publication text NOT NULL,
    computed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (fiscal_year, algorithm)
  );

  INSERT INTO record_facts (submission_id, fiscal_year, round, ${COLUMNS})
    ${SELECT_FACTS("records")};
  ${BUMP_VERSIONS("records")};

  -- A statement-level trigger sees all rows of a multi-row INSERT at once (transition table):
  -- one INSERT into the facts and one version bump per statement, not per row.
  CREATE FUNCTION records_after_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    INSERT INTO record_facts (submission_id, fiscal_year, round, ${COLUMNS})
      ${SELECT_FACTS("new_records")};
    ${BUMP_VERSIONS("new_records")};
    RETURN NULL;
  END
  $fn$;
  CREATE TRIGGER records_after_insert AFTER INSERT ON records
    REFERENCING NEW TABLE AS new_records
    FOR EACH STATEMENT EXECUTE FUNCTION records_after_insert();

  -- Records are insert-only; only tests empty the table. Then the facts, versions and cached
  -- summaries go with it (the version sequence is NOT reset, so no old version comes back).
  CREATE FUNCTION records_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    TRUNCATE record_facts, fiscal_year_versions, summary_cache;
    RETURN NULL;
  END
  $fn$;
  CREATE TRIGGER records_after_truncate AFTER TRUNCATE ON records
    FOR EACH STATEMENT EXECUTE FUNCTION records_after_truncate();
`;
