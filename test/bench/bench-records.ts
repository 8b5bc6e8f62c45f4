import { randomUUID } from "node:crypto";
import { demoRecords } from "../../dashboard/server/demo/demo-records";
import { openStorage } from "../../dashboard/server/storage/open-storage";
import type { StatsRecord } from "../../shared/stats/record-schema";
import { recordInput } from "../dashboard/support/record-input";

/**
 * Fills a database with `count` plausible fiscal-2025 records before the server starts: the
 * demo generator with a new seed per 195 records and fresh ids, stored through the storage's
 * own all-or-nothing import (one multi-row INSERT per chunk, one transaction each).
 */
const CHUNK = 5000;

export function benchRecords(count: number): StatsRecord[] {
  const records: StatsRecord[] = [];
  for (let seed = 1; records.length < count; seed++) {
    for (const r of demoRecords(2025, seed)) {
      if (records.length === count) break;
      records.push({ ...r, submissionId: randomUUID() });
    }
  }
  return records;
}

/** Returns the seconds it took; the storage is closed again (the server opens it next). */
export async function preload(
  location: { databaseUrl?: string; dataDir: string },
  count: number,
): Promise<number> {
  const started = performance.now();
  const storage = await openStorage(location);
  try {
    const records = benchRecords(count);
    for (let i = 0; i < records.length; i += CHUNK) {
      const outcome = await storage.importRecords(
        records.slice(i, i + CHUNK).map((r) => recordInput(r, "import")),
      );
      if (outcome.kind !== "stored") throw new Error("bench preload conflicted");
    }
  } finally {
    await storage.close();
  }
  return (performance.now() - started) / 1000;
}
