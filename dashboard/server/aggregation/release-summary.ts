import type { ReleaseMeta } from "../../../shared/api/releases";
import type { z } from "zod";
import type { summaryResponse } from "../../../shared/api/summary";
import type { Publication } from "./publication";

/**
 * The body of GET /api/summary for one scope of a release's publication: the year (with one line
 * per round) or one round, and the release it comes from. Pure and deterministic, so a release
 * answers the same bytes every time, whether stored or derived from its stored publication.
 * Returns undefined for a round the publication does not have.
 */
export function releaseSummary(
  publication: Publication,
  round: number | null,
  release: ReleaseMeta,
): z.output<typeof summaryResponse> | undefined {
  const common = { fiscalYear: publication.fiscalYear, minCompanies: publication.minCompanies };
  const meta = {
    id: release.id,
    fiscalYear: release.fiscalYear,
    round: release.round,
    createdAt: release.createdAt,
  };
  if (round !== null) {
    const scope = publication.rounds.find((r) => r.round === round);
    return scope ? { ...common, round, scope, release: meta } : undefined;
  }
  return {
    ...common,
    round: null,
    scope: publication.fiscalYearScope,
    rounds: publication.rounds.map((r) => ({
      // A round's scope always has its round (only the year's scope has null).
      round: r.round!,
      capacity: r.capacity,
      figures: r.figures,
    })),
    release: meta,
  };
}
