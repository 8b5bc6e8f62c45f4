import type { FastifyInstance } from "fastify";
import {
  AUDIT_LOG_DEFAULT_LIMIT,
  auditLogQuery,
  auditLogResponse,
} from "../../../shared/api/audit-log";
import { requireRole } from "../auth/guards";
import { parseInput } from "../http/parse-input";
import { serialise } from "../http/serialise";
import { ACCESS, type RouteContext } from "./route-context";

/** GET /api/audit-log?limit=N — the newest entries first, for the admin's 管理 page. */
export async function auditLogRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  app.get(
    "/api/audit-log",
    { onRequest: requireRole(ctx.storage, ACCESS.manageUsersAndTokens, ctx.now) },
    async (request) => {
      const query = parseInput(auditLogQuery, request.query, "query");
      return serialise(auditLogResponse, {
        entries: await ctx.storage.listAudit(query.limit ?? AUDIT_LOG_DEFAULT_LIMIT),
      });
    },
  );
}
