import { ROUND_TABLES } from "../../../shared/schedule/find-round";
import type { Storage } from "../storage/storage";
import { buildPublication } from "./build-publication";
import type { Publication } from "./publication";

/**
 * The year's published tables, computed from the database on every call: nothing is cached in
 * the process, so every instance behind a load balancer answers the same. (A year is a few
 * hundred records: the SQL and the suppression take a fraction of a second.)
 */
export async function loadPublication(storage: Storage, fiscalYear: number): Promise<Publication> {
  const rounds = ROUND_TABLES[fiscalYear];
  if (!rounds) throw new Error(`no schedule for fiscal year ${fiscalYear}`);
  const raw = await storage.aggregate(fiscalYear);
  return buildPublication(
    raw,
    rounds.map((r) => ({ round: r.round, capacity: r.capacity })),
  );
}
