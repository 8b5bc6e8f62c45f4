import type { FastifyInstance } from "fastify";
import Papa from "papaparse";
import {
  issuedTokenResponse,
  newTokenBody,
  tokenIdParams,
  tokenListResponse,
} from "../../../shared/api/tokens";
import { tokenBatchBody } from "../../../shared/api/tokens-batch";
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
import { TOKEN_MESSAGES } from "../messages/tokens";

function checkRound(fiscalYear: number, round: number): void {
  if (findRound(fiscalYear, round as RoundNumber)) return;
  throw validationFailed([
    {
      path: "round",
      code: "unknown_round",
      ...RECORD_MESSAGES.roundNotInSchedule(fiscalYear, round),
    },
  ]);
}

/**
 * Submit tokens, one per company and round (issue 14): a company's second record replaces its
 * first. Tokens are shown once, when issued; the database keeps only their hashes.
 */
export async function tokenRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;
  const adminOnly = requireRole(storage, ACCESS.manageUsersAndTokens, ctx.now);

  /** One company's token; `label` is the foundation's own reference for the company. */
  app.post("/api/tokens", { onRequest: adminOnly }, async (request, reply) => {
    const body = parseInput(newTokenBody, request.body);
    checkRound(body.fiscalYear, body.round);
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

  /**
   * One token per label, for mail merge: a CSV (UTF-8 with BOM for Excel, CRLF, cells that
   * would start a formula escaped with ') of label, token, fiscal year, round and token id.
   */
  app.post("/api/tokens/batch", { onRequest: adminOnly }, async (request, reply) => {
    const body = parseInput(tokenBatchBody, request.body);
    checkRound(body.fiscalYear, body.round);
    const createdBy = request.sessionUser!.userId;
    const secrets = body.labels.map(() => newSecret("kt_"));
    const stored = await storage.createTokens(
      body.labels.map((label, i) => ({
        tokenHash: sha256Hex(secrets[i]!),
        fiscalYear: body.fiscalYear,
        round: body.round,
        label,
        createdBy,
      })),
    );
    await storage.audit({
      action: "token.issue",
      actorUserId: createdBy,
      detail: {
        fiscalYear: body.fiscalYear,
        round: body.round,
        tokens: stored.length,
        firstTokenId: stored[0]!.id,
      },
    });
    const rows = stored.map((t, i) => [
      t.label,
      secrets[i]!,
      String(t.fiscalYear),
      String(t.round),
      String(t.id),
    ]);
    const csv =
      Papa.BYTE_ORDER_MARK +
      Papa.unparse([[...TOKEN_MESSAGES.batchCsvHeader], ...rows], {
        escapeFormulae: true,
        newline: "\r\n",
      });
    void reply.header("content-type", "text/csv; charset=utf-8");
    void reply.header(
      "content-disposition",
      `attachment; filename="tokens-${body.fiscalYear}-round${body.round}.csv"`,
    );
    return reply.status(201).send(csv);
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

  /** Revokes a company's record (its token stays as it is). Releases already made keep it. */
  app.delete("/api/tokens/:id/record", { onRequest: adminOnly }, async (request, reply) => {
    const { id } = parseInput(tokenIdParams, request.params, "query");
    if (!(await storage.removeCompanyRecord(id))) {
      throw apiError(404, "RECORD_NOT_FOUND", TOKEN_MESSAGES.noCompanyRecord);
    }
    await storage.audit({
      action: "record.revoke",
      actorUserId: request.sessionUser!.userId,
      detail: { tokenId: id },
    });
    return reply.status(204).send();
  });
}
