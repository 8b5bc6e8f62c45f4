import type { FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import { ApiError, forbidden, unauthenticated } from "../http/api-error";
import type { Role, Storage } from "../storage/storage";
import { sha256Hex } from "./secret";
import { readSessionId } from "./session-cookie";
import "./request-identity";

/**
 * Authentication runs in onRequest, before the body is read: an anonymous client cannot make
 * the server parse (or buffer) anything, and 401/403 come before 400/413.
 */
export function requireRole(
  storage: Storage,
  roles: readonly Role[],
  now: () => Date,
): onRequestHookHandler {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const user = await loadSession(storage, request, now);
    if (!user) throw unauthenticated();
    if (!roles.includes(user.role)) throw forbidden();
  };
}

/** Fills request.sessionUser when the cookie names a live session; never throws. */
export async function loadSession(storage: Storage, request: FastifyRequest, now: () => Date) {
  const id = readSessionId(request);
  if (!id || id.length > 200) return null;
  const idHash = sha256Hex(id);
  const user = (await storage.findSession(idHash, now())) ?? null;
  request.sessionUser = user;
  request.sessionIdHash = user ? idHash : null;
  return user;
}

const BEARER = /^Bearer ([A-Za-z0-9_\-.~+/]+=*)$/;

export function requireSubmitToken(storage: Storage): onRequestHookHandler {
  return async (request: FastifyRequest) => {
    const match = BEARER.exec(request.headers.authorization ?? "");
    if (!match) {
      throw new ApiError(
        401,
        "TOKEN_REQUIRED",
        "提出用トークン（Authorization: Bearer …）が必要です。",
        "A submit token is required (Authorization: Bearer …).",
      );
    }
    const token = await storage.findActiveToken(sha256Hex(match[1]!));
    if (!token) {
      throw new ApiError(
        401,
        "TOKEN_INVALID",
        "提出用トークンが無効です（誤り、または失効しています）。",
        "The submit token is not valid (wrong or revoked).",
      );
    }
    request.submitToken = token;
  };
}
