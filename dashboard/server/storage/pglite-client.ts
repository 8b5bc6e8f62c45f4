import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SqlClient, SqlQueryable } from "./sql-client";

/**
 * PostgreSQL's default 128 MB of shared buffers live in PGlite's WASM memory, which is written
 * through when the database starts and never given back: a third of the server's memory before
 * its first request (the bench: 422 MB at start over 100,000 records, against ≤ 400 MB at peak).
 * The pages a submission touches (the table's last page, a few index pages) fit in far less;
 * a release's scan of the records reads through a small ring of buffers whatever the size; the
 * files stay in the operating system's cache.
 */
const MEMORY_SETTINGS = ["-c", "shared_buffers=16MB"];

/**
 * PGlite (PostgreSQL in WASM) on disk, or in memory when `dataDir` is undefined, on the calling
 * thread. The server calls this only inside its worker thread (pglite-worker.ts); use
 * openPgliteInWorker() elsewhere, or every statement blocks the caller's event loop.
 */
export async function openPgliteClient(dataDir: string | undefined): Promise<SqlClient> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const options = { startParams: [...PGlite.defaultStartParams, ...MEMORY_SETTINGS] };
  const db = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  await db.waitReady;
  return wrapPglite(db);
}

function queryable(target: Pick<PGlite, "query" | "exec">): SqlQueryable {
  return {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

export function wrapPglite(db: PGlite): SqlClient {
  return {
    driver: "pglite",
    ...queryable(db),
    // PGlite has one connection: its transaction() holds it, so other queries wait their turn.
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}
