import type { CellValue } from "../../shared/roster/cell-value";

/** A roster source as chosen: a file's bytes and name, or the demo's cells under their name. */
export type SavedSource =
  | { kind: "file"; fileName: string; bytes: Uint8Array }
  | { kind: "cells"; name: string; cells: CellValue[][] };

/** Where file mode keeps the chosen rosters across a reload; only this browser, never a server. */
export interface RosterStore {
  load(): Promise<SavedSource[]>;
  save(sources: readonly SavedSource[]): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = "katsuyaku-pane";
const STORE = "rosters";
const KEY = "sources";

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error("IndexedDB request failed"));
  });
}

function open(factory: IDBFactory): Promise<IDBDatabase> {
  const r = factory.open(DB_NAME, 1);
  r.onupgradeneeded = () => r.result.createObjectStore(STORE);
  return request(r);
}

async function inStore<T>(
  factory: IDBFactory,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open(factory);
  try {
    return await request(work(db.transaction(STORE, mode).objectStore(STORE)));
  } finally {
    db.close();
  }
}

function isSource(value: unknown): value is SavedSource {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    (v.kind === "file" && typeof v.fileName === "string" && v.bytes instanceof Uint8Array) ||
    (v.kind === "cells" && typeof v.name === "string" && Array.isArray(v.cells))
  );
}

/** IndexedDB (structured clone keeps the bytes as they are); none at all where the browser has none. */
export function indexedDbStore(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): RosterStore {
  if (factory === undefined)
    return { load: async () => [], save: async () => undefined, clear: async () => undefined };
  return {
    async load() {
      const value: unknown = await inStore(factory, "readonly", (s) => s.get(KEY));
      // Whatever another version left there, only well-formed sources come back.
      return Array.isArray(value) ? value.filter(isSource) : [];
    },
    async save(sources) {
      await inStore(factory, "readwrite", (s) => s.put([...sources], KEY));
    },
    async clear() {
      await inStore(factory, "readwrite", (s) => s.delete(KEY));
    },
  };
}
