import type { FastifyInstance } from "fastify";
import { submissionResponse } from "../../../shared/api/submissions";
import { requireSubmitToken } from "../auth/guards";
import { apiError, validationFailed } from "../http/api-error";
import { serialise } from "../http/serialise";
import { recordInputOf } from "../records/record-input";
import { checkRecord } from "../records/validate-record";
import type { RouteContext } from "./route-context";
import { RECORD_MESSAGES } from "../messages/records";

/**
 * POST /api/submissions — one record from the add-in, with the bearer token of its round.
 * 201 stored; 200 the same submissionId with the same content again (stored once); 409 the same
 * submissionId with other content.
 */
export async function submissionRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;

  app.post(
    "/api/submissions",
    { onRequest: requireSubmitToken(storage) },
    async (request, reply) => {
      const token = request.submitToken!;
      const check = checkRecord(request.body);
      if (!check.ok) throw validationFailed(check.fields);
      const { record } = check;
      if (record.fiscalYear !== token.fiscalYear || record.round !== token.round) {
        throw apiError(
          403,
          "TOKEN_SCOPE",
          RECORD_MESSAGES.tokenScope(token.fiscalYear, token.round),
        );
      }
      const outcome = await storage.insertRecord(recordInputOf(record, "submission", token.id));
      if (outcome === "conflict") {
        throw apiError(409, "SUBMISSION_CONFLICT", RECORD_MESSAGES.submissionConflict, {
          fields: [
            {
              path: "submissionId",
              code: "conflict",
              ...RECORD_MESSAGES.submissionConflictField,
            },
          ],
        });
      }
      return reply.status(outcome === "stored" ? 201 : 200).send(
        serialise(submissionResponse, {
          submissionId: record.submissionId,
          status: outcome === "stored" ? "stored" : "alreadyStored",
        }),
      );
    },
  );
}
