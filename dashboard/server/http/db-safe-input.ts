import type { FastifyInstance } from "fastify";
import { findUnstorableStrings } from "../../../shared/api/db-safe";
import { unstorableField, unstorableInput } from "../messages/security";

/**
 * One check over every request, before any handler: no string of the body, the query or the
 * path parameters — however deep, keys included — may hold what PostgreSQL cannot store (NUL,
 * a lone surrogate). A route cannot forget it, and the answer is a 400 naming the field, never
 * a database error. It runs after authentication (onRequest), so 401/403 still come first.
 */
export function installDbSafeInput(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const body = findUnstorableStrings(request.body);
    if (body.length > 0) {
      throw unstorableInput(
        body.map((f) => unstorableField(f.path === "" ? "body" : f.path, f.reason)),
        "body",
      );
    }
    const query = [
      ...findUnstorableStrings(request.query),
      ...findUnstorableStrings(request.params),
    ];
    if (query.length > 0)
      throw unstorableInput(
        query.map((f) => unstorableField(f.path, f.reason)),
        "query",
      );
  });
}
