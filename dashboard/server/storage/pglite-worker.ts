/**
 * The worker thread that hosts the server's PGlite (started by pglite-worker-client.ts). PGlite
 * executes SQL in WASM on the thread that calls it; here, that work no longer blocks the HTTP
 * event loop, and on a machine with two cores the database and the server run side by side.
 *
 * Transactions: `begin` opens PGlite's own transaction() and keeps it open until `end` says
 * commit or roll back, so a transaction's statements (sent one by one, with the caller's logic
 * in between) run alone on PGlite's one connection, exactly as they did in-process: PGlite
 * queues every other statement behind its transaction lock.
 */
import { parentPort, workerData } from "node:worker_threads";
import { openPgliteClient } from "./pglite-client";
import type { SqlQueryable } from "./sql-client";
import {
  serializeError,
  type WorkerReply,
  type WorkerRequest,
  type WorkerStarted,
} from "./pglite-worker-protocol";

export interface PgliteWorkerData {
  /** undefined: in memory */
  dataDir: string | undefined;
}

/** Thrown inside transaction() to make PGlite roll back; never leaves this file. */
class Rollback extends Error {}

interface OpenTransaction {
  tx: SqlQueryable;
  finish(commit: boolean): void;
  /** settles when PGlite has committed or rolled back */
  done: Promise<void>;
}

async function main(): Promise<void> {
  const port = parentPort!;
  const { dataDir } = workerData as PgliteWorkerData;
  let client;
  try {
    client = await openPgliteClient(dataDir);
  } catch (error) {
    port.postMessage({ started: false, error: serializeError(error) } satisfies WorkerStarted);
    return;
  }
  const db = client;
  const open = new Map<number, OpenTransaction>();
  const reply = (message: WorkerReply) => port.postMessage(message);
  const on = (tx: number | undefined): SqlQueryable => {
    if (tx === undefined) return db;
    const entry = open.get(tx);
    if (!entry) throw new Error(`transaction ${tx} is not open`);
    return entry.tx;
  };

  const begin = async (tx: number): Promise<void> => {
    let started!: () => void;
    const ready = new Promise<void>((resolve) => (started = resolve));
    let finish!: (commit: boolean) => void;
    const decided = new Promise<boolean>((resolve) => (finish = resolve));
    const done = db
      .transaction(async (handle) => {
        open.set(tx, { tx: handle, finish, done: Promise.resolve() });
        started();
        if (!(await decided)) throw new Rollback();
      })
      .then(
        () => undefined,
        (error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        },
      );
    // BEGIN may fail (then `done` rejects first); otherwise the transaction is open here.
    await Promise.race([ready, done]);
    open.get(tx)!.done = done;
  };

  const end = async (tx: number, commit: boolean): Promise<void> => {
    const entry = open.get(tx);
    if (!entry) throw new Error(`transaction ${tx} is not open`);
    entry.finish(commit);
    try {
      await entry.done; // a failing COMMIT rejects here and reaches the caller
    } finally {
      open.delete(tx);
    }
  };

  const handle = async (request: WorkerRequest): Promise<WorkerReply> => {
    switch (request.op) {
      case "query":
        return {
          id: request.id,
          ok: true,
          rows: await on(request.tx).query(request.sql, request.params),
        };
      case "exec":
        await on(request.tx).exec(request.sql);
        return { id: request.id, ok: true };
      case "begin":
        await begin(request.tx);
        return { id: request.id, ok: true };
      case "end":
        await end(request.tx, request.commit);
        return { id: request.id, ok: true };
      case "close":
        await db.close();
        return { id: request.id, ok: true };
    }
  };

  port.on("message", (request: WorkerRequest) => {
    void handle(request)
      .then(reply, (error: unknown) =>
        reply({ id: request.id, ok: false, error: serializeError(error) }),
      )
      // Closed: nothing is left to listen for, so the thread ends by itself.
      .then(() => request.op === "close" && port.close());
  });
  port.postMessage({ started: true } satisfies WorkerStarted);
}

void main();
