import type { FastifyInstance } from "fastify";
import { submissionResponse } from "../../../shared/api/submissions";
import { requireSubmitToken } from "../auth/guards";
import { ApiError, validationFailed } from "../http/api-error";
import { serialise } from "../http/serialise";
import { recordInputOf } from "../records/record-input";
import { checkRecord } from "../records/validate-record";
import type { RouteContext } from "./route-context";

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
        throw new ApiError(
          403,
          "TOKEN_SCOPE",
          `このトークンは${token.fiscalYear}年度 第${token.round}回の提出用です。`,
          `This token is for fiscal ${token.fiscalYear} round ${token.round} only.`,
        );
      }
      const outcome = await storage.insertRecord(recordInputOf(record, "submission", token.id));
      if (outcome === "conflict") {
        throw new ApiError(
          409,
          "SUBMISSION_CONFLICT",
          "この submissionId は別の内容で提出済みです。内容を直した場合は新しい submissionId で提出してください。",
          "This submissionId was already submitted with other content; use a new submissionId.",
          {
            fields: [
              {
                path: "submissionId",
                code: "conflict",
                messageJa: "別の内容で提出済みです。",
                messageEn: "Already submitted with other content.",
              },
            ],
          },
        );
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
