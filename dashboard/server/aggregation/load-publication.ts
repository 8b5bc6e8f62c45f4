import { createHash } from "node:crypto";
import { roundsOf } from "../../../shared/schedule/find-round";
import { MIN_COMPANIES } from "../disclosure/sensitivity";
import type { RoundCapacity } from "./build-publication";

/**
 * Bump when anything that shapes the published tables changes (aggregation, disclosure control,
 * labels, bands). Every release records the algorithm it was computed with, so a release made
 * by older code can be told apart (the stored bytes of a release never change). A forgotten bump
 * is caught by test/dashboard/server/publication-algorithm.test.ts, which fails when the code
 * behind the tables changes and this stays the same.
 */
export const PUBLICATION_ALGORITHM = "publication-2026-12-06-124948";

function algorithmKey(rounds: readonly RoundCapacity[]): string {
  const inputs = JSON.stringify([PUBLICATION_ALGORITHM, MIN_COMPANIES, rounds]);
  return createHash("sha256").update(inputs).digest("hex").slice(0, 32);
}

/** The key of a year's tables (algorithm, threshold, capacities) and its rounds' capacities. */
export function keyOf(fiscalYear: number): { key: string; rounds: RoundCapacity[] } {
  const schedule = roundsOf(fiscalYear);
  if (schedule.length === 0) throw new Error(`no schedule for fiscal year ${fiscalYear}`);
  const rounds = schedule.map((r) => ({ round: r.round, capacity: r.capacity }));
  return { key: algorithmKey(rounds), rounds };
}
