import path from "node:path";
import { Worker } from "node:worker_threads";
import type { SqlClient, SqlQueryable } from "../../../dashboard/server/storage/sql-client";
import type { WorkerReply, WorkerRequest } from "./pglite-worker";

type Pending = { resolve: (reply: WorkerReply) => void };

/** DistributiveOmit: drop `id` from each member of the request union. */
type Unsent<T> = T extends unknown ? Omit<T, "id"> : never;

/** A SqlClient whose PGlite runs in a worker thread (see pglite-worker.ts for why). */
export async function openPgliteInWorker(dataDir: string): Promise<SqlClient> {
  // The worker is real Node, not Jest's VM: tsx compiles the TypeScript there.
  const entry = path.join(__dirname, "pglite-worker.ts");
  const worker = new Worker(
    `require("tsx/cjs/api").require(${JSON.stringify(entry)}, ${JSON.stringify(entry)});`,
    { eval: true, workerData: { dataDir } },
  );
  // A test that forgets to close must not keep Jest alive for ever.
  worker.unref();
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let nextTx = 1;
  await new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (message: WorkerReply | { ready: true }) => {
      if ("ready" in message) {
        resolve();
        return;
      }
      pending.get(message.id)?.resolve(message);
      pending.delete(message.id);
    });
  });

  const send = async (request: Unsent<WorkerRequest>): Promise<unknown[] | undefined> => {
    const id = nextId++;
    const reply = await new Promise<WorkerReply>((resolve) => {
      pending.set(id, { resolve });
      worker.postMessage({ ...request, id });
    });
    if (!reply.ok)
      throw Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {});
    return reply.rows;
  };

  const on = (tx?: number): SqlQueryable => ({
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      return (await send({
        op: "query",
        sql,
        params: [...params],
        ...(tx ? { tx } : {}),
      })) as Row[];
    },
    async exec(sql: string) {
      await send({ op: "exec", sql, ...(tx ? { tx } : {}) });
    },
  });

  return {
    driver: "pglite",
    ...on(),
    async transaction(work) {
      const tx = nextTx++;
      await send({ op: "begin", tx });
      let result;
      try {
        result = await work(on(tx));
      } catch (error) {
        await send({ op: "end", tx, commit: false });
        throw error;
      }
      await send({ op: "end", tx, commit: true });
      return result;
    },
    async close() {
      await send({ op: "close" });
      await worker.terminate();
    },
  };
}
