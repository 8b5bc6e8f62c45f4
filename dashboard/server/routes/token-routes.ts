import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { dbText } from "../../../shared/api/db-safe";
import { findRound } from "../../../shared/schedule/find-round";
import type { RoundNumber } from "../../../shared/schedule/round";
import { requireRole } from "../auth/guards";
import { newSecret, sha256Hex } from "../auth/secret";
import { ApiError, validationFailed } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { ACCESS, type RouteContext } from "./route-context";

const newTokenBody = z
  .object({
    fiscalYear: z.number().int().min(2000).max(2100),
    round: z.number().int().min(1).max(6),
    label: dbText(100).optional(),
  })
  .strict();

const tokenIdParams = z
  .object({
    id: z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number),
  })
  .strict();

export async function tokenRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;
  const adminOnly = requireRole(storage, ACCESS.manageUsersAndTokens, ctx.now);

  /** The token is shown once, here; the database keeps only its hash. */
  app.post("/api/tokens", { onRequest: adminOnly }, async (request, reply) => {
    const body = parseInput(newTokenBody, request.body);
    if (!findRound(body.fiscalYear, body.round as RoundNumber)) {
      throw validationFailed([
        {
          path: "round",
          code: "unknown_round",
          messageJa: `${body.fiscalYear}年度 第${body.round}回は日程表にありません。`,
          messageEn: `Fiscal ${body.fiscalYear} round ${body.round} is not in the schedule.`,
        },
      ]);
    }
    const token = newSecret("kt_");
    const stored = await storage.createToken({
      tokenHash: sha256Hex(token),
      fiscalYear: body.fiscalYear,
      round: body.round,
      label: body.label ?? "",
      createdBy: request.sessionUser!.userId,
    });
    await storage.audit({
      action: "token.issue",
      actorUserId: request.sessionUser!.userId,
      detail: { tokenId: stored.id, fiscalYear: stored.fiscalYear, round: stored.round },
    });
    return reply.status(201).send({ ...stored, token });
  });

  app.get("/api/tokens", { onRequest: adminOnly }, async () => ({
    tokens: await storage.listTokens(),
  }));

  app.delete("/api/tokens/:id", { onRequest: adminOnly }, async (request, reply) => {
    const { id } = parseInput(tokenIdParams, request.params, "query");
    if (!(await storage.revokeToken(id))) {
      throw new ApiError(
        404,
        "TOKEN_NOT_FOUND",
        "該当する有効なトークンがありません。",
        "No such active token.",
      );
    }
    await storage.audit({
      action: "token.revoke",
      actorUserId: request.sessionUser!.userId,
      detail: { tokenId: id },
    });
    return reply.status(204).send();
  });
}
