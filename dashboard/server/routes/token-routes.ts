import type { FastifyInstance } from "fastify";
import {
  issuedTokenResponse,
  newTokenBody,
  tokenIdParams,
  tokenListResponse,
} from "../../../shared/api/tokens";
import { findRound } from "../../../shared/schedule/find-round";
import type { RoundNumber } from "../../../shared/schedule/round";
import { requireRole } from "../auth/guards";
import { newSecret, sha256Hex } from "../auth/secret";
import { apiError, validationFailed } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { serialise } from "../http/serialise";
import { ACCESS, type RouteContext } from "./route-context";
import { RECORD_MESSAGES } from "../messages/records";
import { ACCOUNT_MESSAGES } from "../messages/accounts";

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
          ...RECORD_MESSAGES.roundNotInSchedule(body.fiscalYear, body.round),
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
    return reply.status(201).send(serialise(issuedTokenResponse, { ...stored, token }));
  });

  app.get("/api/tokens", { onRequest: adminOnly }, async () =>
    serialise(tokenListResponse, { tokens: await storage.listTokens() }),
  );

  app.delete("/api/tokens/:id", { onRequest: adminOnly }, async (request, reply) => {
    const { id } = parseInput(tokenIdParams, request.params, "query");
    if (!(await storage.revokeToken(id))) {
      throw apiError(404, "TOKEN_NOT_FOUND", ACCOUNT_MESSAGES.tokenNotFound);
    }
    await storage.audit({
      action: "token.revoke",
      actorUserId: request.sessionUser!.userId,
      detail: { tokenId: id },
    });
    return reply.status(204).send();
  });
}
