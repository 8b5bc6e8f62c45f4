import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { SqlClient, SqlQueryable } from "./sql-client";

/**
 * PGlite (PostgreSQL in WASM) on disk, or in memory when `dataDir` is undefined, on the calling
 * thread. The server calls this only inside its worker thread (pglite-worker.ts); use
 * openPgliteInWorker() elsewhere, or every statement blocks the caller's event loop.
 */
export async function openPgliteClient(dataDir: string | undefined): Promise<SqlClient> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
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
