import type { ReleaseInfo } from "../../../shared/api/releases";
import { auditSolverReady, loadedSolver } from "../disclosure/audit/solver";
import { checkRelease, type ReleaseTables } from "../disclosure/check-release";
import { protectIntervals } from "../disclosure/interval-protection";
import { releaseAggregatesOf } from "./cell-rows";
import type { Storage } from "../storage/storage";
import { buildPublication } from "./build-publication";
import { keyOf, PUBLICATION_ALGORITHM } from "./load-publication";
import type { Publication } from "./publication";
import { releaseSummary } from "./release-summary";
import { storedRawOf } from "./stored-raw";
import { lapTimer, type ReleaseTimings } from "./release-timings";

export type CreateReleaseOutcome =
  | { kind: "created"; release: ReleaseInfo; timings: ReleaseTimings }
  | { kind: "refused"; reasonsJa: string[]; reasonsEn: string[] }
  /** the year has records of rounds its schedule no longer has: nothing can add up */
  | { kind: "roundsNotInSchedule"; rounds: number[] }
  /** another release of the year was stored while this one was being checked, every attempt */
  | { kind: "busy" };

/** Attempts before giving up when releases of the same year keep colliding. */
const ATTEMPTS = 3;

/**
 * Creates a release of a fiscal year (round null) or of one round from the records stored now.
 * Both are computed from ALL records of the fiscal year (the year's publication, every round and
 * the year suppressed as one linked set; docs/privacy.md §6), audited together with every earlier
 * release of the year (`checkRelease`), and stored with the exact bytes GET /api/summary will
 * answer and the raw aggregates (for the audit of later releases). A refused release stores
 * nothing. At 100,000 records ~1.5 s, of which ~0.5 s in the database (PGlite's worker) and the
 * rest on the event loop, once per release (admin); the answer's timings say where it went.
 */
export async function createRelease(
  storage: Storage,
  request: { fiscalYear: number; round: number | null; createdBy: number | null; now: Date },
): Promise<CreateReleaseOutcome> {
  const { fiscalYear, round } = request;
  const { rounds } = keyOf(fiscalYear);
  // The audit's solver loads asynchronously; checkRelease refuses (fails closed) until it has,
  // so a release asked for right after start (the demo's) waits for it instead.
  await auditSolverReady;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const lap = lapTimer();
    const stored = await storage.releasesWithRaw(fiscalYear);
    const earlier: ReleaseTables[] = stored.map((r) => ({
      fiscalYear,
      round: r.round,
      raw: storedRawOf(r),
      publication: JSON.parse(r.publicationJson) as Publication,
    }));
    // With each record's parts: the next release's changes since this one (record-changes.ts).
    const rows = await storage.releaseRows(fiscalYear);
    const read = lap();
    const raw = releaseAggregatesOf(fiscalYear, rows);
    const aggregate = lap();
    // The rounds must add up to the year: records of a round the schedule dropped (uploaded
    // again with fewer rounds) belong to no published round, and the year minus the rounds
    // would be exactly those companies. Refused before anything is decided.
    const known = new Set(rounds.map((r) => r.round));
    const orphans = [
      ...new Set(
        raw.groups.flatMap((g) =>
          g.round !== null && g.companies > 0 && !known.has(g.round) ? [g.round] : [],
        ),
      ),
    ].sort((a, b) => a - b);
    if (orphans.length > 0) return { kind: "roundsNotInSchedule", rounds: orphans };

    const { id, seq } = await storage.nextReleaseIds(fiscalYear);
    const { recordParts, ...aggregates } = raw;
    // The records' parts (~5.8 MB at 100,000 records) are written on the database's thread
    // while this one decides the suppression (migration 13); awaited before the release row.
    const staged = storage.stageReleaseParts(id, JSON.stringify(recordParts ?? null));
    void staged.catch(() => undefined); // its failure is met where it is awaited
    const staging = lap();
    let created = false;
    try {
      // Suppression decided together with the earlier releases, widened until the audit finds
      // every protected figure within its protection interval (interval-protection.ts).
      const highs = loadedSolver();
      const built = highs ? protectIntervals(raw, rounds, { earlier }, highs) : undefined;
      const protect = lap();
      // Parsed back: the stored, audited and served publication are the same object (no -0).
      const publicationJson = JSON.stringify(
        built?.publication ?? buildPublication(raw, rounds, { earlier }),
      );
      const publication = JSON.parse(publicationJson) as Publication;
      const check = checkRelease(earlier, { fiscalYear, round, raw, publication }, built);
      const checked = lap();
      if (!check.ok)
        return { kind: "refused", reasonsJa: check.reasonsJa, reasonsEn: check.reasonsEn };

      const createdAt = request.now.toISOString();
      const meta = { id, fiscalYear, round, createdAt };
      const summary = releaseSummary(publication, round, meta);
      if (summary === undefined) throw new Error(`no round ${round} in fiscal ${fiscalYear}`);
      const recordCount = raw.groups
        .filter((g) => g.round === null && g.dimension === "total")
        .reduce((n, g) => n + g.companies, 0);
      await staged;
      created = await storage.insertRelease({
        id,
        fiscalYear,
        seq,
        round,
        createdAt: request.now,
        createdBy: request.createdBy,
        recordCount,
        algorithm: PUBLICATION_ALGORITHM,
        summaryJson: JSON.stringify(summary),
        publicationJson,
        rawJson: JSON.stringify(aggregates),
      });
      const timings = { read, aggregate, protect, check: checked, store: staging + lap() };
      if (created) return { kind: "created", release: { ...meta, recordCount }, timings };
    } finally {
      // Refused, failed, or another release took the year's next number (tried again below): no
      // release refers to the staged parts. Left behind only if this fails too (removed by a
      // later staging after an hour).
      if (!created) {
        await staged.catch(() => undefined);
        await storage.dropReleaseParts(id).catch(() => undefined);
      }
    }
  }
  return { kind: "busy" };
}
