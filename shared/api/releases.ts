import { z } from "zod";
import { fiscalYearParam } from "./params";

/**
 * The HTTP contract of frozen releases (issue 14): viewers and exports see only releases, never
 * live tables. Used by the server's routes and by the dashboard's pages.
 */

/** POST /api/releases (admin): a release of the fiscal year, or of one round (`round`). */
export const createReleaseBody = z
  .object({
    fiscalYear: z.number().int().min(2000).max(2100),
    round: z.number().int().min(1).max(99).nullable().optional(),
  })
  .strict();
export type CreateReleaseBody = z.infer<typeof createReleaseBody>;

/** What every served table and export says about the release it comes from. */
export const releaseMeta = z.object({
  id: z.number().int(),
  fiscalYear: z.number().int(),
  /** null: a release of the whole fiscal year */
  round: z.number().int().nullable(),
  /** ISO 8601 */
  createdAt: z.string(),
});
export type ReleaseMeta = z.infer<typeof releaseMeta>;

/** One release as listed (admin). */
export const releaseInfo = releaseMeta.extend({
  /** records of the fiscal year the release was built from */
  recordCount: z.number().int(),
});
export type ReleaseInfo = z.infer<typeof releaseInfo>;

/** The schedule's suggestion: this round's 実績報告 window has closed and it has no release since. */
export const releaseSuggestion = z.object({
  round: z.number().int(),
  /** the last day of the round's 実績報告 window (YYYY-MM-DD) */
  reportUntil: z.string(),
  /**
   * Records of the year now minus those of the latest release of the year, when that is 1 or 2
   * (or −1, −2): a release now would differ from it by one or two companies, so the figures
   * that changed would be hidden (or the release refused). null: no release yet, or 0 / ≥ 3 apart.
   */
  fewCompaniesApart: z.number().int().nullable(),
});
export type ReleaseSuggestion = z.infer<typeof releaseSuggestion>;

/** GET /api/releases?fiscalYear= (admin) */
export const releaseListQuery = z.object({ fiscalYear: fiscalYearParam }).strict();

/** GET /api/releases?fiscalYear= (admin) */
export const releaseListResponse = z.object({
  fiscalYear: z.number().int(),
  releases: z.array(releaseInfo),
  suggestions: z.array(releaseSuggestion),
});
export type ReleaseListResponse = z.infer<typeof releaseListResponse>;

/** 201 of POST /api/releases */
export const createReleaseResponse = releaseInfo;

/** The error code of a scope that has no release yet (404, 「まだ公表されていません」). */
export const NOT_RELEASED = "NOT_RELEASED";
/** The error code of a release the audit refused (409, with `reasonsJa` / `reasonsEn`). */
export const RELEASE_REFUSED = "RELEASE_REFUSED";

/** The calendar date in Tokyo of an ISO instant: the date a release is shown with. */
export function tokyoDate(iso: string): string {
  return new Date(Date.parse(iso) + 9 * 3_600_000).toISOString().slice(0, 10);
}
