import type { ReleaseMeta, ReleaseSuggestion } from "../../../shared/api/releases";
import { tokyoDate } from "../../../shared/api/releases";
import { roundsOf } from "../../../shared/schedule/find-round";
import type { ReleaseInfo, Storage, StoredRelease } from "../storage/storage";
import type { Publication } from "./publication";
import { releaseSummary } from "./release-summary";

const metaOf = (r: ReleaseInfo): ReleaseMeta => ({
  id: r.id,
  fiscalYear: r.fiscalYear,
  round: r.round,
  createdAt: r.createdAt,
});

/**
 * The bytes GET /api/summary answers: the latest release of the scope, never live tables.
 * A round is answered by the later of its own latest release and the year's latest release
 * (a year release covers every round); undefined when neither exists. The year's own bytes are
 * stored; a round answered from a year release is derived from that release's stored publication
 * by a pure function, so the same release still answers the same bytes.
 */
export async function releasedSummaryJson(
  storage: Storage,
  fiscalYear: number,
  round: number | null,
): Promise<string | undefined> {
  const year = await storage.latestRelease(fiscalYear, null);
  if (round === null) return year?.summaryJson;
  const own = await storage.latestRelease(fiscalYear, round);
  const latest: StoredRelease | undefined =
    own && year ? (own.id > year.id ? own : year) : (own ?? year);
  if (latest === undefined) return undefined;
  if (latest.round === round) return latest.summaryJson;
  const derived = releaseSummary(
    JSON.parse(latest.publicationJson) as Publication,
    round,
    metaOf(latest),
  );
  return derived === undefined ? undefined : JSON.stringify(derived);
}

/** The latest release of the whole year and its publication: what the annual report is made of. */
export async function releasedPublication(
  storage: Storage,
  fiscalYear: number,
): Promise<{ publication: Publication; release: ReleaseMeta } | undefined> {
  const year = await storage.latestRelease(fiscalYear, null);
  if (!year) return undefined;
  return { publication: JSON.parse(year.publicationJson) as Publication, release: metaOf(year) };
}

/**
 * The schedule's suggestion: a round is due for a release once its 実績報告 window has closed
 * (the day after `reportUntil`, Tokyo time) and no release of it, or of the year, was made after
 * that window closed. When the records now differ from the latest release's by one or two, the
 * suggestion says so (`fewCompaniesApart`): such a release hides the figures that changed.
 */
export function releaseSuggestions(
  fiscalYear: number,
  releases: readonly ReleaseInfo[],
  now: Date,
  /** records of the year stored now */
  records: number,
): ReleaseSuggestion[] {
  const today = tokyoDate(now.toISOString());
  // Every release of a year is built from all its records: the latest one, whatever its scope,
  // is what a new release would be compared with by a reader who holds both.
  const latest = releases.at(-1);
  const apart = latest ? records - latest.recordCount : 0;
  const fewCompaniesApart = Math.abs(apart) >= 1 && Math.abs(apart) <= 2 ? apart : null;
  return roundsOf(fiscalYear)
    .filter((r) => today > r.reportUntil)
    .filter(
      (r) =>
        !releases.some(
          (release) =>
            (release.round === r.round || release.round === null) &&
            tokyoDate(release.createdAt) > r.reportUntil,
        ),
    )
    .map((r) => ({ round: r.round, reportUntil: r.reportUntil, fewCompaniesApart }));
}
