import type { FastifyInstance } from "fastify";
import { summaryQuery, summaryResponse } from "../../../shared/api/summary";
import { loadPublication } from "../aggregation/load-publication";
import { requireRole } from "../auth/guards";
import { validationFailed } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { typed } from "../http/serialise";
import { ACCESS, type RouteContext } from "./route-context";
import { SUMMARY_MESSAGES } from "../messages/summary";

/**
 * GET /api/summary?fiscalYear=2025[&round=N] — the year (with one line per round) or one round,
 * each with breakdowns by size band and industry and the distributions. Every figure has passed
 * disclosure control; suppressed ones are { value: null, suppressed: true }.
 */
export async function summaryRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get(
    "/api/summary",
    { onRequest: requireRole(ctx.storage, ACCESS.dashboards, ctx.now) },
    async (request) => {
      const query = parseInput(summaryQuery, request.query, "query");
      const publication = await loadPublication(
        ctx.storage,
        query.fiscalYear,
        ctx.summaries,
        ctx.computePublication,
      );
      const common = {
        fiscalYear: publication.fiscalYear,
        minCompanies: publication.minCompanies,
      };
      if (query.round !== undefined) {
        const scope = publication.rounds.find((r) => r.round === query.round);
        if (!scope) {
          throw validationFailed(
            [
              {
                path: "round",
                code: "unknown_round",
                ...SUMMARY_MESSAGES.unknownRound,
              },
            ],
            "query",
          );
        }
        return typed(summaryResponse, { ...common, round: query.round, scope });
      }
      return typed(summaryResponse, {
        ...common,
        round: null,
        scope: publication.fiscalYearScope,
        rounds: publication.rounds.map((r) => ({
          round: r.round!,
          capacity: r.capacity,
          figures: r.figures,
        })),
      });
    },
  );
}
