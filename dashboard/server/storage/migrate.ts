import type { SqlClient } from "./sql-client";
import { MIGRATIONS, type Migration } from "./migrations";

/** Any constant will do; it only has to be the same for every instance of the server. */
const MIGRATION_LOCK_KEY = 4_815_162_342;

export interface MigrationOutcome {
  /** true when the database had no migrations before: a new database (demo data goes here) */
  wasEmpty: boolean;
  applied: number[];
}

/**
 * Applies the pending migrations in one transaction (PostgreSQL DDL is transactional: all or
 * nothing) under an advisory lock, so that several instances starting together against one
 * PostgreSQL do not race; the bookkeeping table is created under the same lock.
 */
export async function migrate(
  client: SqlClient,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<MigrationOutcome> {
  return client.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )
    `);
    const done = await tx.query<{ version: number }>("SELECT version FROM schema_migrations");
    const applied: number[] = [];
    const known = new Set(done.map((row) => row.version));
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (known.has(migration.version)) continue;
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return { wasEmpty: done.length === 0, applied };
  });
}
