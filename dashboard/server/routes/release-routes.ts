import type { FastifyInstance } from "fastify";
import {
  createReleaseBody,
  createReleaseResponse,
  RELEASE_REFUSED,
  releaseListQuery,
  releaseListResponse,
} from "../../../shared/api/releases";
import { findRound } from "../../../shared/schedule/find-round";
import type { RoundNumber } from "../../../shared/schedule/round";
import { createRelease } from "../aggregation/create-release";
import { serverTiming } from "../aggregation/release-timings";
import { releaseSuggestions } from "../aggregation/served-release";
import { requireRole } from "../auth/guards";
import { apiError, validationFailed } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { serialise } from "../http/serialise";
import { RELEASE_MESSAGES } from "../messages/releases";
import { ACCESS, type RouteContext } from "./route-context";

/**
 * POST /api/releases {fiscalYear, round?} (admin): freezes the tables of the records stored now
 * as a new numbered release, after the audit against every earlier release of the year (409
 * with its reasons when refused). GET /api/releases?fiscalYear= (admin): the year's releases
 * and the schedule's suggestion of rounds due for one.
 */
export async function releaseRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;
  const adminOnly = requireRole(storage, ACCESS.releases, ctx.now);

  app.post("/api/releases", { onRequest: adminOnly }, async (request, reply) => {
    const body = parseInput(createReleaseBody, request.body);
    const round = body.round ?? null;
    const known = findRound(body.fiscalYear, (round ?? 1) as RoundNumber);
    if (!known) {
      const message =
        round === null
          ? RELEASE_MESSAGES.unknownFiscalYear
          : RELEASE_MESSAGES.unknownRound(body.fiscalYear, round);
      throw validationFailed([
        {
          path: round === null ? "fiscalYear" : "round",
          code: round === null ? "unknown_fiscal_year" : "unknown_round",
          ...message,
        },
      ]);
    }
    const actorUserId = request.sessionUser!.userId;
    const outcome = await createRelease(storage, {
      fiscalYear: body.fiscalYear,
      round,
      createdBy: actorUserId,
      now: ctx.now(),
    });
    if (outcome.kind === "roundsNotInSchedule") {
      throw apiError(
        409,
        "ROUNDS_NOT_IN_SCHEDULE",
        RELEASE_MESSAGES.roundsNotInSchedule(body.fiscalYear, outcome.rounds),
      );
    }
    if (outcome.kind === "busy") {
      throw apiError(409, "RELEASE_BUSY", RELEASE_MESSAGES.busy);
    }
    if (outcome.kind === "refused") {
      await storage.audit({
        action: "release.refused",
        actorUserId,
        detail: { fiscalYear: body.fiscalYear, round, reasons: outcome.reasonsJa.length },
      });
      throw apiError(409, RELEASE_REFUSED, RELEASE_MESSAGES.refused, {
        reasonsJa: outcome.reasonsJa,
        reasonsEn: outcome.reasonsEn,
      });
    }
    await storage.audit({
      action: "release.create",
      actorUserId,
      detail: {
        releaseId: outcome.release.id,
        fiscalYear: body.fiscalYear,
        round,
        records: outcome.release.recordCount,
      },
    });
    // Where the time went (admin only, as the route): devtools and the bench read it.
    reply.header("server-timing", serverTiming(outcome.timings));
    return reply.status(201).send(serialise(createReleaseResponse, outcome.release));
  });

  app.get("/api/releases", { onRequest: adminOnly }, async (request) => {
    const { fiscalYear } = parseInput(releaseListQuery, request.query, "query");
    const stored = await storage.listReleases(fiscalYear);
    return serialise(releaseListResponse, {
      fiscalYear,
      releases: stored,
      suggestions: releaseSuggestions(
        fiscalYear,
        stored,
        ctx.now(),
        await storage.countRecords(fiscalYear),
      ),
    });
  });
}
