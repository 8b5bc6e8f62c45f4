import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { requireRole } from "../auth/guards";
import { hashPassword } from "../auth/password";
import { ApiError } from "../http/api-error";
import { parseInput } from "../http/parse-input";
import { ROLES } from "../storage/storage";
import { ACCESS, type RouteContext } from "./route-context";

const newUserBody = z
  .object({
    username: z.string().regex(/^[A-Za-z0-9._-]{3,64}$/),
    password: z.string().min(12).max(256),
    role: z.enum(ROLES),
  })
  .strict();

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
      throw new ApiError(
        409,
        "USERNAME_TAKEN",
        "このユーザー名は既に使われています。",
        "This username is already taken.",
        {
          fields: [
            {
              path: "username",
              code: "taken",
              messageJa: "既に使われています。",
              messageEn: "Already taken.",
            },
          ],
        },
      );
    }
    await storage.audit({
      action: "user.create",
      actorUserId: request.sessionUser!.userId,
      detail: { userId: created.id, role: created.role },
    });
    return reply.status(201).send(created);
  });

  app.get("/api/users", { onRequest: adminOnly }, async () => ({
    users: await storage.listUsers(),
  }));
}
