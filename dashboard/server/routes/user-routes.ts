import type { FastifyInstance } from "fastify";
import { newUserBody, userListResponse, userSummarySchema } from "../../../shared/api/users";
import { requireRole } from "../auth/guards";
import { hashPassword } from "../auth/password";
import { apiError } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { serialise } from "../http/serialise";
import { ACCESS, type RouteContext } from "./route-context";
import { ACCOUNT_MESSAGES } from "../messages/accounts";

export async function userRoutes(app: FastifyInstance, ctx: RouteContext): Promise<void> {
  const { storage } = ctx;
  const adminOnly = requireRole(storage, ACCESS.manageUsersAndTokens, ctx.now);

  app.post("/api/users", { onRequest: adminOnly }, async (request, reply) => {
    const body = parseInput(newUserBody, request.body);
    const created = await storage.createUser({
      username: body.username,
      passwordHash: await hashPassword(body.password, ctx.passwordHashing),
      role: body.role,
    });
    if (!created) {
      throw apiError(409, "USERNAME_TAKEN", ACCOUNT_MESSAGES.usernameTaken, {
        fields: [{ path: "username", code: "taken", ...ACCOUNT_MESSAGES.usernameTakenField }],
      });
    }
    await storage.audit({
      action: "user.create",
      actorUserId: request.sessionUser!.userId,
      detail: { userId: created.id, role: created.role },
    });
    return reply.status(201).send(serialise(userSummarySchema, created));
  });

  app.get("/api/users", { onRequest: adminOnly }, async () =>
    serialise(userListResponse, { users: await storage.listUsers() }),
  );
}
