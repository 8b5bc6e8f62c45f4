import { FACTS } from "./migration-stored-facts";

/**
 * Migration 11 (issue 14's limits): a submission writes its record and nothing else; a release
 * aggregates the records themselves.
 *
 * Why: viewers see only frozen releases, so the year's cells are read once per release, not
 * after every submission. The insert trigger (migrations 3–4: a chunk per record or cell, a new
 * data version per statement) and the delete trigger (migration 9: the deleted records' cells
 * rebuilt from the remaining records) ran plpgsql and three statements inside every submission's
 * INSERT: on PGlite ~0.5 ms of the database thread per statement plus ~0.1 ms per record, which
 * left the one thread nearly saturated at 1,000 submissions/s. Nothing reads the chunks, the data
 * versions or the summary cache any more, so they go with their triggers.
 *
 * The facts each record contributes (migration 3's expressions, unchanged, so every figure is the
 * same) become STORED generated columns of `records`: PostgreSQL computes them in the INSERT
 * itself, in C, with no trigger; the release groups plain columns instead of taking ~25 paths
 * out of every body (~3.7 s at 100,000 records on PGlite, against the ≤ 2 s a release may take).
 * Adding them rewrites the table once, computing the facts of the records already stored.
 */
export const RECORD_FACTS_SQL = `
  DROP TRIGGER records_after_insert ON records;
  DROP FUNCTION records_after_insert();
  DROP TRIGGER records_after_delete ON records;
  DROP FUNCTION records_after_delete();
  DROP TRIGGER records_after_truncate ON records;
  DROP FUNCTION records_after_truncate();
  DROP TABLE cell_chunks;
  DROP TABLE summary_cache;
  DROP TABLE fiscal_year_versions;
  DROP SEQUENCE data_version;

  ALTER TABLE records
    ${FACTS.map(
      ([column, type, expression]) =>
        `ADD COLUMN ${column} ${type} GENERATED ALWAYS AS (${expression}) STORED`,
    ).join(",\n    ")};
`;
