import type { FastifyReply, FastifyRequest } from "fastify";
import { readCookie, serializeCookie } from "../http/cookies";

export const SESSION_COOKIE = "katsuyaku_session";

/** "auto": Secure exactly when the request arrived over https (set trustProxy behind a proxy). */
export type SecureCookieSetting = boolean | "auto";

export function readSessionId(request: FastifyRequest): string | undefined {
  return readCookie(request.headers.cookie, SESSION_COOKIE);
}

/** HttpOnly (no script can read it), SameSite=Strict (no other site can send it). */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  secure: SecureCookieSetting,
  value: string,
  maxAgeSeconds: number,
): void {
  void reply.header(
    "set-cookie",
    serializeCookie(SESSION_COOKIE, value, {
      path: "/",
      httpOnly: true,
      sameSite: "Strict",
      secure: secure === "auto" ? request.protocol === "https" : secure,
      maxAge: maxAgeSeconds,
    }),
  );
}

export function clearSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  secure: SecureCookieSetting,
): void {
  setSessionCookie(request, reply, secure, "", 0);
}
