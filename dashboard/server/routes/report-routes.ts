import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";
import { dbInt, dbText } from "../../../shared/api/db-safe";
import { knownFiscalYears } from "../../../shared/schedule/find-round";
import { loadPublication } from "../aggregation/load-publication";
import { requireRole } from "../auth/guards";
import { ApiError, validationFailed } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { fiscalYearParam } from "../http/query-params";
import { reiwaFiscalYear } from "../report/era";
import { reportCsv } from "../report/export-csv";
import { reportHtml } from "../report/export-html";
import { reportXlsx } from "../report/export-xlsx";
import { reportDocument, reportItems } from "../report/report-document";
import { ACCESS, type RouteContext } from "./route-context";

const reportQuery = z
  .object({ fiscalYear: fiscalYearParam, format: z.enum(["csv", "xlsx", "html"]) })
  .strict();

const textsQuery = z.object({ fiscalYear: fiscalYearParam }).strict();

const textsBody = z
  .object({
    fiscalYear: dbInt("int4"),
    items: z
      .array(
        z
          .object({
            id: dbText(32),
            /** null: go back to the generated text */
            text: dbText(4000).nullable(),
            /** the version the editor started from (0: never edited); an integer column */
            version: dbInt("int4", 0),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html; charset=utf-8",
} as const;

/** An ASCII fallback name and the Japanese one (RFC 6266 / 5987). */
function attachment(reply: FastifyReply, fiscalYear: number, extension: string): void {
  const ascii = `progress-report-${fiscalYear}.${extension}`;
  const japanese = encodeURIComponent(`${reiwaFiscalYear(fiscalYear)}取組実績.${extension}`);
  void reply.header(
    "content-disposition",
    `attachment; filename="${ascii}"; filename*=UTF-8''${japanese}`,
  );
}

export async function reportRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage, plan } = ctx;
  const policyOrAdmin = requireRole(storage, ACCESS.report, ctx.now);

  const itemsFor = async (fiscalYear: number) => {
    const publication = await loadPublication(
      storage,
      fiscalYear,
      ctx.summaries,
      ctx.computePublication,
    );
    const items = reportItems(plan, publication, await storage.listReportTexts(fiscalYear));
    return { publication, items };
  };

  app.get("/api/report", { onRequest: policyOrAdmin }, async (request, reply) => {
    const query = parseInput(reportQuery, request.query, "query");
    const { publication, items } = await itemsFor(query.fiscalYear);
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
    return { fiscalYear: query.fiscalYear, items };
  });

  /** Saves edited texts; each item names the version it was edited from (409 if stale). */
  app.put("/api/report/texts", { onRequest: policyOrAdmin }, async (request) => {
    const body = parseInput(textsBody, request.body);
    const known = new Set(plan.items.map((i) => i.id));
    const fields = [
      ...(knownFiscalYears().includes(body.fiscalYear)
        ? []
        : [
            {
              path: "fiscalYear",
              code: "unknown_fiscal_year",
              messageJa: "この年度の申請回の日程表がありません。",
              messageEn: "No schedule for this fiscal year.",
            },
          ]),
      ...body.items.flatMap((item, index) =>
        known.has(item.id)
          ? []
          : [
              {
                path: `items.${index}.id`,
                code: "unknown_item",
                messageJa: `計画の項目「${item.id}」はありません。`,
                messageEn: `No plan item "${item.id}".`,
              },
            ],
      ),
    ];
    if (new Set(body.items.map((i) => i.id)).size !== body.items.length) {
      fields.push({
        path: "items",
        code: "duplicate_item",
        messageJa: "同じ項目が複数回含まれています。",
        messageEn: "An item appears more than once.",
      });
    }
    if (fields.length > 0) throw validationFailed(fields);

    const outcome = await storage.saveReportTexts(
      body.fiscalYear,
      body.items.map((i) => ({ itemId: i.id, text: i.text, expectedVersion: i.version })),
      request.sessionUser!.userId,
    );
    if (outcome.kind === "conflict") {
      throw new ApiError(
        409,
        "TEXT_VERSION_CONFLICT",
        "他の人が先に編集しました。最新の内容を読み込み直してから編集してください。",
        "Someone else edited these items first; reload and edit again.",
        { itemIds: outcome.itemIds },
      );
    }
    await storage.audit({
      action: "report.texts.save",
      actorUserId: request.sessionUser!.userId,
      detail: { fiscalYear: body.fiscalYear, items: body.items.length },
    });
    const { items } = await itemsFor(body.fiscalYear);
    return { fiscalYear: body.fiscalYear, items };
  });
}
