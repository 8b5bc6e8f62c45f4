import type { FastifyInstance, FastifyRequest } from "fastify";
import {
  passwordResetResponse,
  userChangeBody,
  userChangeResponse,
  userIdParams,
} from "../../../shared/api/users";
import { requireRole } from "../auth/guards";
import { hashPassword } from "../auth/password";
import { newSecret } from "../auth/secret";
import { parseInput } from "../http/parse-input";
import { serialise } from "../http/serialise";
import { lastAdmin, notOnYourself, userNotFound } from "../messages/accounts";
import type { UserChangeOutcome, UserSummary } from "../storage/storage";
import { ACCESS, type RouteContext } from "./route-context";

/**
 * Account management by an admin: role, disable/enable, password reset (shown once), delete.
 * Never on oneself (an admin locking themself out by a slip), never leaving no active admin
 * (storage checks that under a lock). Each action is audited with ids and the account's name —
 * never the password.
 */
export async function accountRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;
  const adminOnly = requireRole(storage, ACCESS.manageUsersAndTokens, ctx.now);

  const targetOf = (request: FastifyRequest): number => {
    const { id } = parseInput(userIdParams, request.params, "query");
    if (id === request.sessionUser!.userId) throw notOnYourself();
    return id;
  };
  const done = (outcome: UserChangeOutcome): UserSummary => {
    if (outcome.kind === "notFound") throw userNotFound();
    if (outcome.kind === "lastAdmin") throw lastAdmin();
    return outcome.user;
  };

  app.patch("/api/users/:id", { onRequest: adminOnly }, async (request) => {
    const id = targetOf(request);
    const change = parseInput(userChangeBody, request.body);
    const before = await storage.findUserById(id);
    if (!before) throw userNotFound();
    const user = done(await storage.updateUser(id, change));
    const actorUserId = request.sessionUser!.userId;
    if (change.role !== undefined && change.role !== before.role) {
      await storage.audit({
        action: "user.role",
        actorUserId,
        detail: { userId: id, username: user.username, from: before.role, to: user.role },
      });
    }
    if (change.disabled !== undefined && change.disabled !== before.disabled) {
      await storage.audit({
        action: change.disabled ? "user.disable" : "user.enable",
        actorUserId,
        detail: { userId: id, username: user.username },
      });
    }
    return serialise(userChangeResponse, user);
  });

  /** A new password, shown this once; every session of the user ends. */
  app.post("/api/users/:id/password", { onRequest: adminOnly }, async (request) => {
    const id = targetOf(request);
    const password = newSecret().slice(0, 20);
    const user = done(
      await storage.setPassword(id, await hashPassword(password, ctx.passwordHashing)),
    );
    await storage.audit({
      action: "user.password.reset",
      actorUserId: request.sessionUser!.userId,
      detail: { userId: id, username: user.username },
    });
    return serialise(passwordResetResponse, { user, password });
  });

  app.delete("/api/users/:id", { onRequest: adminOnly }, async (request, reply) => {
    const id = targetOf(request);
    const user = done(await storage.deleteUser(id));
    await storage.audit({
      action: "user.delete",
      actorUserId: request.sessionUser!.userId,
      detail: { userId: id, username: user.username, role: user.role },
    });
    return reply.status(204).send();
  });
}
