/**
 * Hosts PGlite for the tests in a worker thread (started with tsx). Jest runs test files in a
 * VM that cannot execute the dynamic import()s inside PGlite's Emscripten build (not without
 * --experimental-vm-modules), so the database lives here, behind the PRODUCTION driver
 * (wrapPglite), and the test process talks to it through `pglite-in-worker.ts`.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { wrapPglite } from "../../../dashboard/server/storage/pglite-client";
import type { SqlQueryable } from "../../../dashboard/server/storage/sql-client";

export type WorkerRequest =
  | { id: number; op: "query"; sql: string; params: unknown[]; tx?: number }
  | { id: number; op: "exec"; sql: string; tx?: number }
  | { id: number; op: "begin"; tx: number }
  | { id: number; op: "end"; tx: number; commit: boolean }
  | { id: number; op: "close" };

export type WorkerReply =
  | { id: number; ok: true; rows?: unknown[] }
  | { id: number; ok: false; message: string; code?: string };

class Rollback extends Error {}

async function main(): Promise<void> {
  const port = parentPort!;
  const db = new PGlite((workerData as { dataDir: string }).dataDir);
  await db.waitReady;
  const client = wrapPglite(db);
  const open = new Map<
    number,
    { tx: SqlQueryable; finish: (commit: boolean) => void; done: Promise<void> }
  >();
  const reply = (message: WorkerReply) => port.postMessage(message);
  const fail = (id: number, error: unknown) => {
    const e = error as { message?: string; code?: string };
    reply({
      id,
      ok: false,
      message: e.message ?? String(error),
      ...(e.code ? { code: e.code } : {}),
    });
  };
  const target = (tx: number | undefined): SqlQueryable =>
    tx === undefined ? client : open.get(tx)!.tx;

  port.on("message", (request: WorkerRequest) => {
    void (async () => {
      try {
        switch (request.op) {
          case "query":
            reply({
              id: request.id,
              ok: true,
              rows: await target(request.tx).query(request.sql, request.params),
            });
            break;
          case "exec":
            await target(request.tx).exec(request.sql);
            reply({ id: request.id, ok: true });
            break;
          case "begin": {
            let started!: () => void;
            const ready = new Promise<void>((resolve) => (started = resolve));
            let finish!: (commit: boolean) => void;
            const decided = new Promise<boolean>((resolve) => (finish = resolve));
            const done = client
              .transaction(async (tx) => {
                open.set(request.tx, { tx, finish, done: Promise.resolve() });
                started();
                if (!(await decided)) throw new Rollback();
              })
              .catch((error: unknown) => {
                if (!(error instanceof Rollback)) throw error;
              });
            await Promise.race([ready, done]);
            open.get(request.tx)!.done = done;
            reply({ id: request.id, ok: true });
            break;
          }
          case "end": {
            const entry = open.get(request.tx)!;
            entry.finish(request.commit);
            await entry.done;
            open.delete(request.tx);
            reply({ id: request.id, ok: true });
            break;
          }
          case "close":
            await db.close();
            reply({ id: request.id, ok: true });
            break;
        }
      } catch (error) {
        fail(request.id, error);
      }
    })();
  });
  port.postMessage({ ready: true });
}

void main();
