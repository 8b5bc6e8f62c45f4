import type { FastifyInstance } from "fastify";
import {
  organisationResponse,
  organisationSaveBody,
  planQuery,
  planResponse,
  planSaveBody,
} from "../../../shared/api/report-plan";
import { knownFiscalYears } from "../../../shared/schedule/find-round";
import { requireRole } from "../auth/guards";
import { apiError, validationFailed } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { serialise } from "../http/serialise";
import { PLAN_MESSAGES } from "../messages/report-plan";
import { ORGANISATION_KEY, yearPlan } from "../annual-report/year-plan";
import { ACCESS, type RouteContext } from "./route-context";

/**
 * The annual report's own content, maintained by policy staff: a year's plan items
 * (GET/PUT /api/report/plan, saved whole with one version per year: add, edit, reorder, remove;
 * "copy last year's items" is a GET of that year and a PUT into this one) and the organisation
 * line (PUT /api/report/organisation).
 */
export async function planRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;
  const policyOrAdmin = requireRole(storage, ACCESS.report, ctx.now);

  const answer = async (fiscalYear: number) => {
    const [plan, organisation] = await Promise.all([
      yearPlan(storage, fiscalYear),
      storage.loadReportSetting(ORGANISATION_KEY),
    ]);
    return planResponse.parse({
      fiscalYear,
      version: plan.version,
      items: plan.items,
      organisation: { name: plan.organisation, version: organisation.version },
    });
  };

  app.get("/api/report/plan", { onRequest: policyOrAdmin }, async (request) => {
    const query = parseInput(planQuery, request.query, "query");
    return answer(query.fiscalYear);
  });

  app.put("/api/report/plan", { onRequest: policyOrAdmin }, async (request) => {
    const body = parseInput(planSaveBody, request.body);
    if (!knownFiscalYears().includes(body.fiscalYear)) {
      throw validationFailed([
        {
          path: "fiscalYear",
          code: "unknown_fiscal_year",
          ...PLAN_MESSAGES.unknownYear,
        },
      ]);
    }
    const userId = request.sessionUser!.userId;
    const outcome = await storage.savePlanItems(body.fiscalYear, body.items, body.version, userId);
    if (outcome.kind === "conflict") {
      throw apiError(409, "PLAN_VERSION_CONFLICT", PLAN_MESSAGES.planConflict);
    }
    await storage.audit({
      action: "report.plan.save",
      actorUserId: userId,
      detail: { fiscalYear: body.fiscalYear, items: body.items.length },
    });
    return answer(body.fiscalYear);
  });

  app.put("/api/report/organisation", { onRequest: policyOrAdmin }, async (request) => {
    const body = parseInput(organisationSaveBody, request.body);
    const userId = request.sessionUser!.userId;
    const outcome = await storage.saveReportSetting(
      ORGANISATION_KEY,
      body.name,
      body.version,
      userId,
    );
    if (outcome.kind === "conflict") {
      throw apiError(409, "ORGANISATION_VERSION_CONFLICT", PLAN_MESSAGES.organisationConflict);
    }
    await storage.audit({ action: "report.organisation.save", actorUserId: userId, detail: {} });
    return serialise(organisationResponse, { name: body.name, version: outcome.version });
  });
}
