/**
 * The messages between the server's main thread (pglite-worker-client.ts) and the worker thread
 * that hosts PGlite (pglite-worker.ts). Every value crosses by structured clone, which keeps
 * what PGlite's result rows hold (Date, bigint, Uint8Array, parsed JSON).
 */

/** `tx` names an open transaction (begin … end); without it a statement autocommits. */
export type WorkerRequest =
  | { id: number; op: "query"; sql: string; params: unknown[]; tx?: number }
  | { id: number; op: "exec"; sql: string; tx?: number }
  | { id: number; op: "begin"; tx: number }
  | { id: number; op: "end"; tx: number; commit: boolean }
  | { id: number; op: "close" };

/**
 * An Error does not survive structured clone with its own fields (PostgreSQL's `code`,
 * `detail`, `constraint`, …), so a failure travels as its message plus those fields.
 */
export interface SerializedError {
  name: string;
  message: string;
  fields: Record<string, string | number | boolean>;
}

export type WorkerReply =
  { id: number; ok: true; rows?: unknown[] } | { id: number; ok: false; error: SerializedError };

/** The worker's first message: the database is open (migrations are the caller's business). */
export type WorkerStarted = { started: true } | { started: false; error: SerializedError };

export function serializeError(error: unknown): SerializedError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error), fields: {} };
  const fields: SerializedError["fields"] = {};
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      fields[key] = value;
  }
  return { name: error.name, message: error.message, fields };
}

/** The same message, name and fields (so `error.code === "23505"` still works). */
export function deserializeError(error: SerializedError): Error {
  const revived = Object.assign(new Error(error.message), error.fields);
  revived.name = error.name;
  return revived;
}
