import { createHash } from "node:crypto";
import { roundsOf } from "../../../shared/schedule/find-round";
import { MIN_COMPANIES } from "../disclosure/sensitivity";
import type { Storage } from "../storage/storage";
import type { RoundCapacity } from "./build-publication";
import { computeInProcess, type ComputePublication } from "./publication-json";
import type { Publication } from "./publication";
import type { SummaryRefresher } from "./summary-refresher";

/**
 * Bump when anything that shapes the published tables changes (aggregation, disclosure control,
 * labels, bands): cached summaries of another algorithm are then never read. The schedule's
 * capacities and the threshold are part of the key on their own. A forgotten bump would keep
 * serving tables computed by the old code (after a fix to the suppression, possibly disclosive
 * ones), so test/dashboard/server/publication-algorithm.test.ts fails when the code behind the
 * tables changes and this stays the same.
 */
export const PUBLICATION_ALGORITHM = "publication-2026-12-06-034940";

function algorithmKey(rounds: readonly RoundCapacity[]): string {
  const inputs = JSON.stringify([PUBLICATION_ALGORITHM, MIN_COMPANIES, rounds]);
  return createHash("sha256").update(inputs).digest("hex").slice(0, 32);
}

/**
 * The year's published tables. Computing them (SQL over the year's cell chunks, quartiles over
 * every value, then suppression over the whole year) takes ~200 ms at 100,000 records, so the
 * result is cached IN THE DATABASE keyed by the year's data version (summary-cache-queries.ts):
 * every instance shares it and nothing lives in this process. After new records the
 * `refresher` (summary-refresher.ts) usually recomputes it before anyone asks; a request that
 * still finds it stale waits for a refresh in flight or computes it itself.
 */
export async function loadPublication(
  storage: Storage,
  fiscalYear: number,
  refresher?: SummaryRefresher,
  compute: ComputePublication = computeInProcess,
): Promise<Publication> {
  const { key } = keyOf(fiscalYear);
  const cached = await storage.readSummaryCache(fiscalYear, key);
  if (cached.publication !== null) return JSON.parse(cached.publication) as Publication;
  if (refresher && (await refresher.settle(fiscalYear))) {
    const again = await storage.readSummaryCache(fiscalYear, key);
    if (again.publication !== null) return JSON.parse(again.publication) as Publication;
  }
  // Parsed back, so that a fresh and a cached answer are the same object (e.g. no -0).
  return JSON.parse(await refreshPublication(storage, fiscalYear, compute)) as Publication;
}

/**
 * Computes the year's publication from one snapshot and caches it; returns its JSON. The
 * computation runs where `compute` says: the server passes its worker thread
 * (publication-worker-client.ts), so that it never blocks the event loop.
 */
export async function refreshPublication(
  storage: Storage,
  fiscalYear: number,
  compute: ComputePublication = computeInProcess,
): Promise<string> {
  const { key, rounds } = keyOf(fiscalYear);
  const { version, rows } = await storage.cellRowsWithVersion(fiscalYear);
  const json = await compute(fiscalYear, rows, rounds);
  await storage.writeSummaryCache(fiscalYear, key, version, json);
  return json;
}

/**
 * The background refresh (summary-refresher.ts): first merge the chunks the recent inserts
 * added, then recompute, so that both this and the next in-request computation read ~one row
 * per cell.
 */
export async function compactAndRefresh(
  storage: Storage,
  fiscalYear: number,
  compute: ComputePublication = computeInProcess,
): Promise<string> {
  await storage.compactCells(fiscalYear);
  return refreshPublication(storage, fiscalYear, compute);
}

/** The cache key of a year's publication (algorithm, threshold, capacities); exported for tests. */
export function keyOf(fiscalYear: number): { key: string; rounds: RoundCapacity[] } {
  const schedule = roundsOf(fiscalYear);
  if (schedule.length === 0) throw new Error(`no schedule for fiscal year ${fiscalYear}`);
  const rounds = schedule.map((r) => ({ round: r.round, capacity: r.capacity }));
  return { key: algorithmKey(rounds), rounds };
}
