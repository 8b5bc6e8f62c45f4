import type { FastifyInstance } from "fastify";
import { loginBody, meResponse } from "../../../shared/api/auth";
import { requireRole, loadSession } from "../auth/guards";
import { hashPassword, verifyPassword } from "../auth/password";
import { newSecret, sha256Hex } from "../auth/secret";
import { clearSessionCookie, readSessionId, setSessionCookie } from "../auth/session-cookie";
import { apiError } from "../http/api-error";
import { accountDisabled, loginRateLimited } from "../messages/security";
import { parseInput } from "../http/parse-input";
import { serialise } from "../http/serialise";
import { ACCESS, type RouteContext } from "./route-context";
import { ACCOUNT_MESSAGES } from "../messages/accounts";

const loginFailed = () => apiError(401, "LOGIN_FAILED", ACCOUNT_MESSAGES.loginFailed);

export async function authRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage, now } = ctx;
  // Unknown usernames cost a full scrypt too, so timing does not tell which usernames exist.
  const dummyHash = hashPassword(newSecret(), ctx.passwordHashing);
  // Per username as well as per address (the route's config): behind a proxy whose hops are
  // misconfigured, or from many addresses, one account still gets at most this many guesses.
  // Counted after the body is read (the username is in it), before any password is checked.
  const perUsername = app.createRateLimit({
    max: ctx.loginRateLimit.maxPerUsername,
    timeWindow: ctx.loginRateLimit.timeWindowMs,
    keyGenerator: (request) => `login-user:${(request.body as { username: string }).username}`,
  });

  app.post(
    "/api/login",
    {
      config: {
        rateLimit: { max: ctx.loginRateLimit.max, timeWindow: ctx.loginRateLimit.timeWindowMs },
      },
    },
    async (request, reply) => {
      const body = parseInput(loginBody, request.body);
      const limit = await perUsername(request);
      if (!limit.isAllowed && limit.isExceeded) throw loginRateLimited();
      const user = await storage.findUserByUsername(body.username);
      let ok = false;
      if (user) ok = await verifyPassword(body.password, user.passwordHash);
      else await verifyPassword(body.password, await dummyHash);
      if (!user || !ok) {
        await storage.audit({
          action: "login.failure",
          actorUserId: user?.id ?? null,
          detail: { knownUser: Boolean(user) },
        });
        throw loginFailed();
      }
      // Told only to someone who knows the password: nobody learns who is disabled by guessing.
      if (user.disabled) {
        await storage.audit({ action: "login.disabled", actorUserId: user.id });
        throw accountDisabled();
      }
      // Rotation: whatever session the browser held is ended; a new id is issued every login.
      const previous = readSessionId(request);
      if (previous) await storage.deleteSession(sha256Hex(previous));
      await storage.deleteExpiredSessions(now());
      const sessionId = newSecret();
      const maxAgeSeconds = Math.round(ctx.sessionHours * 3600);
      await storage.createSession({
        idHash: sha256Hex(sessionId),
        userId: user.id,
        expiresAt: new Date(now().getTime() + maxAgeSeconds * 1000),
      });
      await storage.recordLogin(user.id, now());
      await storage.audit({ action: "login.success", actorUserId: user.id });
      setSessionCookie(request, reply, ctx.secureCookies, sessionId, maxAgeSeconds);
      return serialise(meResponse, { username: user.username, role: user.role });
    },
  );

  /**
   * Ends the session on the server (the cookie alone is worthless afterwards). Done in
   * onRequest, before any body is read: whatever a client sends — navigator.sendBeacon's
   * text/plain, a form, multipart, broken JSON — cannot keep the session alive with a 415/400.
   */
  app.post(
    "/api/logout",
    {
      onRequest: async (request, reply) => {
        const user = await loadSession(storage, request, now);
        if (user && request.sessionIdHash) {
          await storage.deleteSession(request.sessionIdHash);
          await storage.audit({ action: "logout", actorUserId: user.userId });
        }
        clearSessionCookie(request, reply, ctx.secureCookies);
        return reply.status(204).send();
      },
    },
    // Never reached: onRequest has answered.
    async (_request, reply) => reply.status(204).send(),
  );

  app.get("/api/me", { onRequest: requireRole(storage, ACCESS.anySession, now) }, async (request) =>
    serialise(meResponse, {
      username: request.sessionUser!.username,
      role: request.sessionUser!.role,
    }),
  );
}
