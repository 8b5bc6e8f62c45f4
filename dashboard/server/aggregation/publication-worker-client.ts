import type { Worker } from "node:worker_threads";
import type { CellRow } from "../storage/aggregate-queries";
import { startTsWorker } from "../workers/start-ts-worker";
import type { RoundCapacity } from "./build-publication";
import { computeInProcess } from "./publication-json";
import type { PublicationReply } from "./publication-worker-protocol";

interface Pending {
  resolve(json: string): void;
  reject(error: Error): void;
}

/** The computation failed in the worker (bad data): computing it again in-process would too. */
export class PublicationError extends Error {}

/**
 * One worker thread for the published tables, started at the first computation. The worker is
 * referenced only while an answer is awaited, so it never keeps a process alive. If it cannot
 * start or dies, what was waiting is computed in-process instead (slower for the event loop,
 * but the summary is still served), and the next computation starts a new worker.
 */
export class PublicationWorker {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending & { args: Args; worker: Worker }>();
  private nextId = 1;
  private closed = false;

  compute = (
    fiscalYear: number,
    rows: readonly CellRow[],
    rounds: readonly RoundCapacity[],
  ): Promise<string> => {
    const args: Args = [fiscalYear, rows, rounds];
    if (this.closed) return computeInProcess(...args);
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      worker.ref();
      this.pending.set(id, { resolve, reject, args, worker });
      worker.postMessage({ id, fiscalYear, rows, rounds });
    });
  };

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    // Whatever still waits is answered in-process (see gone()) before the thread ends.
    this.gone(worker);
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startTsWorker(__dirname, "publication-worker");
    worker.on("message", (reply: PublicationReply) => this.settle(worker, reply));
    worker.on("error", () => this.gone(worker));
    worker.on("exit", () => this.gone(worker));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(worker: Worker, reply: PublicationReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (![...this.pending.values()].some((p) => p.worker === worker)) worker.unref();
    if (reply.ok) pending.resolve(reply.json);
    else pending.reject(new PublicationError(reply.message));
  }

  /** The worker ended or failed: a new one starts next time; what waited is done in-process. */
  private gone(worker: Worker | undefined): void {
    if (!worker) return;
    if (this.worker === worker) this.worker = undefined;
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      this.pending.delete(id);
      computeInProcess(...p.args).then(p.resolve, p.reject);
    }
  }
}

type Args = [fiscalYear: number, rows: readonly CellRow[], rounds: readonly RoundCapacity[]];
