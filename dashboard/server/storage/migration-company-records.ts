import { CELL_KEY, CHUNK_COLUMNS } from "./cell-chunk-columns";
import { FACTS_OF } from "./migration-cell-chunks";
import { BUMP_VERSIONS } from "./migration-stored-facts";

/**
 * Migration 9 (issue 14): one live record per company and round, and imports as batches.
 *
 * - Tokens are issued per company (`per_company`; tokens issued before stay per round, false,
 *   so that a round in progress keeps working: docs/privacy.md §4). A record sent with a company
 *   token carries it in `company_token_id`, unique among records: a second record of the company
 *   replaces the first (record-queries.ts) instead of counting twice.
 * - Every import is a row of `import_batches`; its records name it, and the batch can be removed
 *   whole (its records deleted, the batch kept with `removed_at` for the audit).
 * - Records can now be DELETED (replacement, an admin revoking a company's record, a removed
 *   batch). The per-cell chunks (migration 4) only add up, so a statement-level trigger rebuilds
 *   the chunks of every cell a deleted record was in from the records that remain, in the same
 *   statement, and moves the year's data version. SHARE ROW EXCLUSIVE on cell_chunks keeps a
 *   concurrent insert (another pg connection) from committing its chunk between the rebuild's
 *   delete and insert, which would count it twice.
 */
const COLUMN_NAMES = [...CELL_KEY, ...CHUNK_COLUMNS.map((c) => c.name)].join(", ");

/** The cells (fiscal year, round, size band, industry) of the records of relation `from`. */
const CELLS_OF = (from: string) => `
    SELECT DISTINCT fiscal_year, round, coalesce(size_band, '') AS size_band, industry
    FROM (${FACTS_OF(from)}) f`;

export const COMPANY_RECORDS_SQL = `
  ALTER TABLE submit_tokens ADD COLUMN per_company boolean NOT NULL DEFAULT false;
  ALTER TABLE submit_tokens ALTER COLUMN per_company SET DEFAULT true;

  CREATE TABLE import_batches (
    id serial PRIMARY KEY,
    created_by integer,
    created_at timestamptz NOT NULL DEFAULT now(),
    format text NOT NULL,
    record_count integer NOT NULL,
    removed_at timestamptz,
    removed_by integer
  );

  ALTER TABLE records ADD COLUMN company_token_id integer;
  ALTER TABLE records ADD COLUMN import_batch_id integer REFERENCES import_batches (id);
  CREATE UNIQUE INDEX records_one_per_company ON records (company_token_id)
    WHERE company_token_id IS NOT NULL;
  CREATE INDEX records_import_batch ON records (import_batch_id)
    WHERE import_batch_id IS NOT NULL;

  CREATE FUNCTION records_after_delete() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    LOCK TABLE cell_chunks IN SHARE ROW EXCLUSIVE MODE;
    CREATE TEMP TABLE IF NOT EXISTS deleted_cells (
      fiscal_year integer, round integer, size_band text, industry text
    ) ON COMMIT DROP;
    DELETE FROM deleted_cells;
    INSERT INTO deleted_cells ${CELLS_OF("old_records")};
    DELETE FROM cell_chunks c USING deleted_cells d
      WHERE (c.fiscal_year, c.round, c.size_band, c.industry)
          = (d.fiscal_year, d.round, d.size_band, d.industry);
    INSERT INTO cell_chunks (${COLUMN_NAMES})
    SELECT fiscal_year, round, coalesce(size_band, ''), industry,
      ${CHUNK_COLUMNS.map((c) => c.fromFacts).join(",\n      ")}
    FROM (${FACTS_OF(
      "records WHERE (fiscal_year, round) IN (SELECT fiscal_year, round FROM deleted_cells)",
    )}) f
    WHERE (fiscal_year, round, coalesce(size_band, ''), industry) IN
      (SELECT fiscal_year, round, size_band, industry FROM deleted_cells)
    GROUP BY fiscal_year, round, coalesce(size_band, ''), industry;
    ${BUMP_VERSIONS("old_records")};
    RETURN NULL;
  END
  $fn$;
  CREATE TRIGGER records_after_delete AFTER DELETE ON records
    REFERENCING OLD TABLE AS old_records
    FOR EACH STATEMENT EXECUTE FUNCTION records_after_delete();
`;
