/**
 * Migration 8 (issue 14): frozen releases. Viewers and exports see only releases, never live
 * tables: a release keeps the bytes it serves and the raw aggregates it was built from (for the
 * audit of later releases; never served). A release is never changed or removed: the database
 * refuses UPDATE and DELETE of its rows, whatever the code above it does (TRUNCATE, which only
 * tests use, still empties it).
 *
 * `seq` numbers the releases of a fiscal year; UNIQUE (fiscal_year, seq) makes two releases
 * created at the same moment collide instead of both being checked against the same earlier
 * set (the loser retries and is checked against the winner). created_by has no foreign key: a
 * user removed later must not need its releases changed.
 */
export const RELEASES_SQL = `
  CREATE TABLE releases (
    id integer PRIMARY KEY,
    fiscal_year integer NOT NULL,
    seq integer NOT NULL,
    round integer CHECK (round BETWEEN 1 AND 99),
    created_at timestamptz NOT NULL,
    created_by integer,
    record_count integer NOT NULL,
    algorithm text NOT NULL,
    summary_json text NOT NULL,
    publication_json text NOT NULL,
    raw_json text NOT NULL,
    UNIQUE (fiscal_year, seq)
  );
  CREATE SEQUENCE releases_id START 1;
  CREATE INDEX releases_scope ON releases (fiscal_year, round, id);

  CREATE FUNCTION releases_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    RAISE EXCEPTION 'releases are immutable';
  END
  $fn$;
  CREATE TRIGGER releases_immutable BEFORE UPDATE OR DELETE ON releases
    FOR EACH ROW EXECUTE FUNCTION releases_immutable();
`;
