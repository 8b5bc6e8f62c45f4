import type { FastifyReply, FastifyRequest, onRequestHookHandler } from "fastify";
import { apiError, forbidden, unauthenticated } from "../http/api-error";
import type { Role, Storage } from "../storage/storage";
import { sha256Hex } from "./secret";
import { readSessionId } from "./session-cookie";
import "./request-identity";
import { HTTP_MESSAGES } from "../messages/http";

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
      throw apiError(401, "TOKEN_REQUIRED", HTTP_MESSAGES.tokenRequired);
    }
    const token = await storage.findActiveToken(sha256Hex(match[1]!));
    if (!token) {
      throw apiError(401, "TOKEN_INVALID", HTTP_MESSAGES.tokenInvalid);
    }
    request.submitToken = token;
  };
}
