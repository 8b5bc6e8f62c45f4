import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { createReleaseBody, RELEASE_REFUSED } from "../../../shared/api/releases";
import { findRound } from "../../../shared/schedule/find-round";
import type { RoundNumber } from "../../../shared/schedule/round";
import { createRelease } from "../aggregation/create-release";
import { releaseSuggestions } from "../aggregation/served-release";
import { requireRole } from "../auth/guards";
import { ApiError, validationFailed } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { fiscalYearParam } from "../http/query-params";
import { RELEASE_MESSAGES } from "../messages/releases";
import { ACCESS, type RouteContext } from "./route-context";

const listQuery = z.object({ fiscalYear: fiscalYearParam }).strict();

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
          messageJa: message.ja,
          messageEn: message.en,
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
    if (outcome.kind === "busy") {
      throw new ApiError(409, "RELEASE_BUSY", RELEASE_MESSAGES.busy.ja, RELEASE_MESSAGES.busy.en);
    }
    if (outcome.kind === "refused") {
      await storage.audit({
        action: "release.refused",
        actorUserId,
        detail: { fiscalYear: body.fiscalYear, round, reasons: outcome.reasonsJa.length },
      });
      throw new ApiError(
        409,
        RELEASE_REFUSED,
        RELEASE_MESSAGES.refused.ja,
        RELEASE_MESSAGES.refused.en,
        { reasonsJa: outcome.reasonsJa, reasonsEn: outcome.reasonsEn },
      );
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
    return reply.status(201).send(outcome.release);
  });

  app.get("/api/releases", { onRequest: adminOnly }, async (request) => {
    const { fiscalYear } = parseInput(listQuery, request.query, "query");
    const stored = await storage.listReleases(fiscalYear);
    return {
      fiscalYear,
      releases: stored.map((r) => ({
        id: r.id,
        fiscalYear: r.fiscalYear,
        round: r.round,
        createdAt: r.createdAt,
        recordCount: r.recordCount,
      })),
      suggestions: releaseSuggestions(fiscalYear, stored, ctx.now()),
    };
  });
}
