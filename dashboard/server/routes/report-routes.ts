import type { FastifyInstance, FastifyReply } from "fastify";
import {
  reportQuery,
  reportTextsResponse,
  textsBody,
  textsQuery,
} from "../../../shared/api/annual-report";
import { knownFiscalYears } from "../../../shared/schedule/find-round";
import { loadPublication } from "../aggregation/load-publication";
import { requireRole } from "../auth/guards";
import { apiError, validationFailed } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { serialise } from "../http/serialise";
import { reiwaFiscalYear } from "../annual-report/era";
import { reportCsv } from "../annual-report/export-csv";
import { reportHtml } from "../annual-report/export-html";
import { reportXlsx } from "../annual-report/export-xlsx";
import { reportDocument, reportItems } from "../annual-report/report-document";
import { yearPlan } from "../annual-report/year-plan";
import { ACCESS, type RouteContext } from "./route-context";
import { ANNUAL_REPORT_MESSAGES, reportFileName } from "../messages/annual-report";

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html; charset=utf-8",
} as const;

/** An ASCII fallback name and the Japanese one (RFC 6266 / 5987). */
function attachment(reply: FastifyReply, fiscalYear: number, extension: string): void {
  const ascii = `progress-report-${fiscalYear}.${extension}`;
  const japanese = encodeURIComponent(reportFileName(reiwaFiscalYear(fiscalYear), extension));
  void reply.header(
    "content-disposition",
    `attachment; filename="${ascii}"; filename*=UTF-8''${japanese}`,
  );
}

export async function reportRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;
  const policyOrAdmin = requireRole(storage, ACCESS.report, ctx.now);

  const itemsFor = async (fiscalYear: number) => {
    const publication = await loadPublication(
      storage,
      fiscalYear,
      ctx.summaries,
      ctx.computePublication,
    );
    const plan = await yearPlan(storage, fiscalYear);
    const items = reportItems(plan, publication, await storage.listReportTexts(fiscalYear));
    return { publication, items, plan };
  };

  app.get("/api/report", { onRequest: policyOrAdmin }, async (request, reply) => {
    const query = parseInput(reportQuery, request.query, "query");
    const { publication, items, plan } = await itemsFor(query.fiscalYear);
    const document = reportDocument(plan, publication, items);
    await storage.audit({
      action: "export",
      actorUserId: request.sessionUser!.userId,
      detail: { fiscalYear: query.fiscalYear, format: query.format },
    });
    void reply.header("content-type", CONTENT_TYPES[query.format]);
    if (query.format === "html") {
      // The page is self-contained: it may load nothing and run nothing.
      void reply.header(
        "content-security-policy",
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      );
      return reportHtml(document);
    }
    attachment(reply, query.fiscalYear, query.format);
    return query.format === "csv" ? reportCsv(document) : reportXlsx(document);
  });

  app.get("/api/report/texts", { onRequest: policyOrAdmin }, async (request) => {
    const query = parseInput(textsQuery, request.query, "query");
    const { items } = await itemsFor(query.fiscalYear);
    return serialise(reportTextsResponse, { fiscalYear: query.fiscalYear, items });
  });

  /** Saves edited texts; each item names the version it was edited from (409 if stale). */
  app.put("/api/report/texts", { onRequest: policyOrAdmin }, async (request) => {
    const body = parseInput(textsBody, request.body);
    const plan = await yearPlan(storage, body.fiscalYear);
    const known = new Set(plan.items.map((i) => i.id));
    const fields = [
      ...(knownFiscalYears().includes(body.fiscalYear)
        ? []
        : [
            {
              path: "fiscalYear",
              code: "unknown_fiscal_year",
              ...ANNUAL_REPORT_MESSAGES.unknownFiscalYear,
            },
          ]),
      ...body.items.flatMap((item, index) =>
        known.has(item.id)
          ? []
          : [
              {
                path: `items.${index}.id`,
                code: "unknown_item",
                ...ANNUAL_REPORT_MESSAGES.unknownItem(item.id),
              },
            ],
      ),
    ];
    if (new Set(body.items.map((i) => i.id)).size !== body.items.length) {
      fields.push({
        path: "items",
        code: "duplicate_item",
        ...ANNUAL_REPORT_MESSAGES.duplicateItem,
      });
    }
    if (fields.length > 0) throw validationFailed(fields);

    const outcome = await storage.saveReportTexts(
      body.fiscalYear,
      body.items.map((i) => ({ itemId: i.id, text: i.text, expectedVersion: i.version })),
      request.sessionUser!.userId,
    );
    if (outcome.kind === "conflict") {
      throw apiError(409, "TEXT_VERSION_CONFLICT", ANNUAL_REPORT_MESSAGES.textVersionConflict, {
        itemIds: outcome.itemIds,
      });
    }
    await storage.audit({
      action: "report.texts.save",
      actorUserId: request.sessionUser!.userId,
      detail: { fiscalYear: body.fiscalYear, items: body.items.length },
    });
    const { items } = await itemsFor(body.fiscalYear);
    return serialise(reportTextsResponse, { fiscalYear: body.fiscalYear, items });
  });
}
