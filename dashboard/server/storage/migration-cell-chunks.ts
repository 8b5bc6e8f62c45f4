import { CELL_KEY, CHUNK_COLUMNS } from "./cell-chunk-columns";
import { BUMP_VERSIONS, FACTS } from "./migration-stored-facts";

/**
 * Migration 4: the summary reads per-cell partial aggregates instead of one facts row per record.
 *
 * Why: the summary of a year scanned every record's facts (100,000 rows at the benchmark size):
 * ~320 ms on PGlite before any TypeScript ran, so the first GET after a new record took
 * 265–514 ms. Now the insert trigger writes the new records as chunks of their cells (counts,
 * sums, and the float8 bytes of the values: one chunk per record for a small statement, one per
 * cell for a large one); the summary merges the chunks of each cell, and a
 * compaction (compact-cell-chunks.ts, run by the background summary refresh) merges them in the
 * table, so that a cell is soon one row again and the summary reads a few hundred rows. The figures do not change: the facts are the same expressions (migration
 * 3's), chunks merge exactly, and the quartiles do not depend on the order of the values.
 *
 * The per-record facts table goes: nothing else read it, and writing it cost every submission a
 * row and an index entry.
 */
/** Statements with more records than this write one chunk per cell instead of per record. */
const GROUP_FROM = 64;

const COLUMN_NAMES = [...CELL_KEY, ...CHUNK_COLUMNS.map((c) => c.name)].join(", ");

/** record_facts' columns computed from `records` rows (migration 3's expressions, named). */
export const FACTS_OF = (records: string) => `
    SELECT fiscal_year, round,
      ${FACTS.map(([column, , expression]) => `${expression} AS ${column}`).join(",\n      ")}
    FROM ${records}`;

/** One chunk per record of `facts` (a relation with record_facts' columns). */
const CHUNK_PER_RECORD = (facts: string) => `
    INSERT INTO cell_chunks (${COLUMN_NAMES})
    SELECT fiscal_year, round, coalesce(size_band, ''), industry,
      ${CHUNK_COLUMNS.map((c) => c.perRecord).join(",\n      ")}
    FROM ${facts}`;

/** One chunk per cell from `facts` (a relation with record_facts' columns). */
const CHUNKS_FROM_FACTS = (facts: string) => `
    INSERT INTO cell_chunks (${COLUMN_NAMES})
    SELECT fiscal_year, round, coalesce(size_band, ''), industry,
      ${CHUNK_COLUMNS.map((c) => c.fromFacts).join(",\n      ")}
    FROM ${facts}
    GROUP BY fiscal_year, round, coalesce(size_band, ''), industry`;

export const CELL_CHUNKS_SQL = `
  CREATE TABLE cell_chunks (
    fiscal_year integer NOT NULL,
    round integer NOT NULL,
    size_band text NOT NULL,
    industry text NOT NULL,
    ${CHUNK_COLUMNS.map((c) => `${c.name} ${c.type} NOT NULL`).join(",\n    ")}
  );
  CREATE INDEX cell_chunks_cell ON cell_chunks (${CELL_KEY.join(", ")});

  ${CHUNKS_FROM_FACTS("record_facts")};

  -- Same statement-level trigger as migration 3 (so the same transaction as the insert), now
  -- writing chunks; the version bump is unchanged.
  CREATE OR REPLACE FUNCTION records_after_insert() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    -- A batch of submissions: nearly one cell per record, so grouping would only cost time.
    -- An import or the demo: thousands of records, a few hundred cells: one chunk per cell.
    IF (SELECT count(*) FROM new_records) <= ${GROUP_FROM} THEN
      ${CHUNK_PER_RECORD(`(${FACTS_OF("new_records")}) AS facts`)};
    ELSE
      ${CHUNKS_FROM_FACTS(`(${FACTS_OF("new_records")}) AS facts`)};
    END IF;
    ${BUMP_VERSIONS("new_records")};
    RETURN NULL;
  END
  $fn$;

  CREATE OR REPLACE FUNCTION records_after_truncate() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    TRUNCATE cell_chunks, fiscal_year_versions, summary_cache;
    RETURN NULL;
  END
  $fn$;

  DROP TABLE record_facts;
`;
