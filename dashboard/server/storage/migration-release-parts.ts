/**
 * Migration 13: each record's parts of the sums (record-changes.ts), kept for the audit of later
 * releases, move out of `releases.raw_json` into a row of their own, written WHILE the release is
 * being decided instead of after it. At 100,000 records they are ~5.8 MB of text, and PGlite
 * spends ~0.15–0.3 s taking a parameter that size (a JavaScript loop over every character to
 * size it, then the copy and the WAL): in their own statement, sent before the suppression and
 * audit start, the database writes them on its own thread while the event loop decides.
 *
 * The row is keyed by the release id it is written for (nextReleaseIds); the release row follows
 * only if the release is created. A refused or colliding release deletes its row; a process that
 * stops in between leaves one no release refers to, which the next staging removes after an
 * hour. Once its release exists the row is as immutable as the release. Releases stored before
 * this keep their parts inside raw_json (read either way).
 */
export const RELEASE_PARTS_SQL = `
  CREATE TABLE release_parts (
    id integer PRIMARY KEY,
    parts_json text NOT NULL,
    staged_at timestamptz NOT NULL DEFAULT now()
  );
  ALTER TABLE release_parts ALTER COLUMN parts_json SET STORAGE EXTERNAL;

  CREATE FUNCTION release_parts_kept() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'UPDATE' OR EXISTS (SELECT 1 FROM releases r WHERE r.id = OLD.id) THEN
      RAISE EXCEPTION 'the record parts of a release are immutable';
    END IF;
    RETURN OLD;
  END
  $fn$;
  CREATE TRIGGER release_parts_kept BEFORE UPDATE OR DELETE ON release_parts
    FOR EACH ROW EXECUTE FUNCTION release_parts_kept();
`;
