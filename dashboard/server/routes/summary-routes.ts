import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { NOT_RELEASED } from "../../../shared/api/releases";
import { releasedSummaryJson } from "../aggregation/served-release";
import { requireRole } from "../auth/guards";
import { ApiError } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { fiscalYearParam, roundParam } from "../http/query-params";
import { RELEASE_MESSAGES } from "../messages/releases";
import { ACCESS, type RouteContext } from "./route-context";

const summaryQuery = z
  .object({ fiscalYear: fiscalYearParam, round: roundParam.optional() })
  .strict();

/** 404 「まだ公表されていません」: the scope has no release yet. */
export function notReleased(fiscalYear: number, round: number | null): ApiError {
  const message = RELEASE_MESSAGES.notReleased(fiscalYear, round);
  return new ApiError(404, NOT_RELEASED, message.ja, message.en);
}

/**
 * GET /api/summary?fiscalYear=2025[&round=N] — the latest RELEASE of the year (with one line per
 * round) or of one round, never live tables: the stored bytes of that release, the same on every
 * request until the next release (served-release.ts). Each has breakdowns by size band and
 * industry and the distributions, every figure after disclosure control (suppressed ones are
 * { value: null, suppressed: true }), and `release` {id, round, createdAt}.
 */
export async function summaryRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get(
    "/api/summary",
    { onRequest: requireRole(ctx.storage, ACCESS.dashboards, ctx.now) },
    async (request, reply) => {
      const query = parseInput(summaryQuery, request.query, "query");
      const round = query.round ?? null;
      const json = await releasedSummaryJson(ctx.storage, query.fiscalYear, round);
      if (json === undefined) throw notReleased(query.fiscalYear, round);
      return reply.header("content-type", "application/json; charset=utf-8").send(json);
    },
  );
}
