import type { FastifyInstance } from "fastify";
import { NOT_RELEASED } from "../../../shared/api/releases";
import { summaryQuery } from "../../../shared/api/summary";
import { findRound } from "../../../shared/schedule/find-round";
import type { RoundNumber } from "../../../shared/schedule/round";
import { releasedSummaryJson } from "../aggregation/served-release";
import { requireRole } from "../auth/guards";
import { apiError, validationFailed, type ApiError } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { RELEASE_MESSAGES } from "../messages/releases";
import { SUMMARY_MESSAGES } from "../messages/summary";
import { ACCESS, type RouteContext } from "./route-context";

/** 404 「まだ公表されていません」: the scope has no release yet. */
export function notReleased(fiscalYear: number, round: number | null): ApiError {
  return apiError(404, NOT_RELEASED, RELEASE_MESSAGES.notReleased(fiscalYear, round));
}

/**
 * GET /api/summary?fiscalYear=2025[&round=N] — the latest RELEASE of the year (with one line per
 * round) or of one round, never live tables: the stored bytes of that release, the same on every
 * request until the next release (served-release.ts). Each has breakdowns by size band and
 * industry and the distributions, every figure after disclosure control (suppressed ones are
 * { value: null, suppressed: true }), and `release` {id, round, createdAt}. The bytes were
 * built through the contract's type (summaryResponse in shared/api/summary.ts) when the release
 * was made (release-summary.ts), so they are sent as they are.
 */
export async function summaryRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get(
    "/api/summary",
    { onRequest: requireRole(ctx.storage, ACCESS.dashboards, ctx.now) },
    async (request, reply) => {
      const query = parseInput(summaryQuery, request.query, "query");
      const round = query.round ?? null;
      // A round the year's schedule does not have is a bad parameter, not a missing release.
      if (round !== null && !findRound(query.fiscalYear, round as RoundNumber)) {
        throw validationFailed(
          [{ path: "round", code: "unknown_round", ...SUMMARY_MESSAGES.unknownRound }],
          "query",
        );
      }
      const json = await releasedSummaryJson(ctx.storage, query.fiscalYear, round);
      if (json === undefined) throw notReleased(query.fiscalYear, round);
      return reply.header("content-type", "application/json; charset=utf-8").send(json);
    },
  );
}
