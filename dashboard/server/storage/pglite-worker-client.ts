import type { Worker } from "node:worker_threads";
import { startTsWorker } from "../workers/start-ts-worker";
import type { SqlClient, SqlQueryable } from "./sql-client";
import type { PgliteWorkerData } from "./pglite-worker";
import {
  deserializeError,
  type WorkerReply,
  type WorkerRequest,
  type WorkerStarted,
} from "./pglite-worker-protocol";

/** DistributiveOmit: `id` is added by send(). */
type Unsent<T> = T extends unknown ? Omit<T, "id"> : never;

interface Pending {
  resolve(rows: unknown[] | undefined): void;
  reject(error: Error): void;
}

/**
 * PGlite in a worker thread, behind the same SqlClient as every other driver. PGlite runs SQL
 * synchronously in WASM on its caller's thread: in-process, each statement (~1 ms per insert,
 * ~0.4 s for a summary at 100,000 records) stopped all HTTP handling. Here only a message
 * crosses the main thread. Semantics are those of the in-process client: one connection,
 * statements in arrival order, a transaction's statements alone between its begin and end
 * (pglite-worker.ts), and an answer only after PGlite has executed (and so committed) the
 * statement. Errors keep their message and PostgreSQL fields (`code`, `constraint`, …).
 */
export async function openPgliteInWorker(dataDir: string | undefined): Promise<SqlClient> {
  const worker = startWorker({ dataDir });
  await new Promise<void>((resolve, reject) => {
    const early = (error: unknown) =>
      reject(error instanceof Error ? error : new Error(String(error)));
    const exited = (code: number) => reject(new Error(`PGlite worker exited with code ${code}`));
    worker.once("error", early);
    worker.once("exit", exited);
    worker.once("message", (message: WorkerStarted) => {
      worker.off("error", early);
      worker.off("exit", exited);
      if (message.started) resolve();
      else reject(deserializeError(message.error));
    });
  });
  return new WorkerClient(worker);
}

/**
 * The worker's JavaScript only relays messages and PGlite's protocol buffers: V8's default young
 * generation (up to ~48 MB, kept once grown) is mostly idle memory here. With 4 MB the server
 * started ~40 MB smaller in the bench (100,000 records) at the same CPU per submission.
 */
const WORKER_YOUNG_GENERATION_MB = 4;

function startWorker(workerData: PgliteWorkerData): Worker {
  return startTsWorker(__dirname, "pglite-worker", workerData, {
    maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
  });
}

class WorkerClient implements SqlClient {
  readonly driver = "pglite";
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private nextTx = 1;
  /** set once the worker is gone: every later call fails with it */
  private stopped: Error | undefined;

  constructor(private readonly worker: Worker) {
    worker.on("message", (reply: WorkerReply) => this.settle(reply));
    worker.on("error", (error) => this.stop(error));
    worker.on("exit", (code) => this.stop(new Error(`PGlite worker exited with code ${code}`)));
    // Referenced only while a reply is awaited (like a socket with a request in flight): an
    // idle database keeps no process alive, one awaiting an answer does.
    worker.unref();
  }

  query<Row extends object>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    return this.on(undefined).query<Row>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.on(undefined).exec(sql);
  }

  async transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T> {
    const tx = this.nextTx++;
    await this.send({ op: "begin", tx });
    let result: T;
    try {
      result = await work(this.on(tx));
    } catch (error) {
      // The caller's error is what matters; a failed rollback leaves nothing committed either.
      await this.send({ op: "end", tx, commit: false }).catch(() => undefined);
      throw error;
    }
    await this.send({ op: "end", tx, commit: true });
    return result;
  }

  async close(): Promise<void> {
    if (this.stopped) return;
    const exited = new Promise((resolve) => this.worker.once("exit", resolve));
    await this.send({ op: "close" });
    // The worker ends by itself once PGlite has closed its files; until then it must keep the
    // process alive, or a caller awaiting close() would never resume.
    this.worker.ref();
    await exited;
  }

  private on(tx: number | undefined): SqlQueryable {
    const where = tx === undefined ? {} : { tx };
    return {
      query: async <Row extends object>(sql: string, params: readonly unknown[] = []) =>
        (await this.send({ op: "query", sql, params: [...params], ...where })) as Row[],
      exec: async (sql: string) => {
        await this.send({ op: "exec", sql, ...where });
      },
    };
  }

  private send(request: Unsent<WorkerRequest>): Promise<unknown[] | undefined> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.ok) pending.resolve(reply.rows);
    else pending.reject(deserializeError(reply.error));
  }

  /** The worker ended (closed, or crashed): whatever still waits can never be answered. */
  private stop(error: Error): void {
    this.stopped ??= error;
    for (const pending of this.pending.values()) pending.reject(this.stopped);
    this.pending.clear();
  }
}
