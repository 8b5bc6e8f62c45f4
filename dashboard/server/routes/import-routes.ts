import type { FastifyInstance } from "fastify";
import { importReportResponse } from "../../../shared/api/imports";
import { requireRole } from "../auth/guards";
import { apiError } from "../http/api-error";
import { serialise } from "../http/serialise";
import { rowsFromCsv, rowsFromJson } from "../records/import-file";
import { runImport } from "../records/run-import";
import { ACCESS, type RouteContext } from "./route-context";
import { RECORD_MESSAGES } from "../messages/records";

/**
 * POST /api/imports — a file of records (a JSON array, or CSV with the record's dotted paths as
 * the header). All or nothing: 201/200 with a per-row report, or 422 listing every refused row.
 */
export async function importRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;

  // Only in this plugin's scope: elsewhere CSV (and any text) is 415.
  app.addContentTypeParser(
    ["text/csv", "application/csv"],
    { parseAs: "string", bodyLimit: ctx.importBodyLimit },
    (_request, body, done) => done(null, body),
  );

  app.post(
    "/api/imports",
    {
      onRequest: requireRole(storage, ACCESS.imports, ctx.now),
      bodyLimit: ctx.importBodyLimit,
    },
    async (request, reply) => {
      const isCsv = typeof request.body === "string";
      const rows = isCsv ? rowsFromCsv(request.body as string) : rowsFromJson(request.body);
      const result = await runImport(storage, rows);
      const actorUserId = request.sessionUser!.userId;
      const format = isCsv ? "csv" : "json";
      if (result.kind === "refused") {
        await storage.audit({
          action: "import.refused",
          actorUserId,
          detail: { format, rows: rows.length, refused: result.rows.length },
        });
        throw apiError(
          422,
          "IMPORT_REFUSED",
          RECORD_MESSAGES.importRefused(rows.length, result.rows.length),
          { rows: result.rows },
        );
      }
      const { report } = result;
      await storage.audit({
        action: "import",
        actorUserId,
        detail: {
          format,
          rows: report.rows,
          stored: report.stored,
          alreadyStored: report.alreadyStored,
        },
      });
      return reply
        .status(report.stored > 0 ? 201 : 200)
        .send(serialise(importReportResponse, report));
    },
  );
}
