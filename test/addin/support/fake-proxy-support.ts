/** What every fake Office.js proxy shares: the sync log entry, byte counting, deferred targets. */

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  commands: string[];
  failed?: string;
}

const encoder = new TextEncoder();
export const bytes = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? "").length;

export type Op = { label: string; requestBytes: number; run: (record: SyncRecord) => void };

export class NotLoaded extends Error {
  constructor(what: string) {
    super(`PropertyNotLoaded: ${what} was read before a sync loaded it`);
  }
}

/** A proxy's target, fixed when the command that produced it runs. */
export class Ref<T> {
  value?: T;
  resolved = false;
  get(): T {
    if (!this.resolved) throw new Error("proxy used before the command that made it ran");
    return this.value as T;
  }
  set(value: T): void {
    this.value = value;
    this.resolved = true;
  }
}

export function loaded<T>(data: Record<string, unknown> | undefined, key: string): T {
  if (!data || !(key in data)) throw new NotLoaded(key);
  return data[key] as T;
}
