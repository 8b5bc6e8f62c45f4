import { z } from "zod";
import { ROLES } from "./auth";

/** POST /api/users */
export const newUserBody = z
  .object({
    username: z.string().regex(/^[A-Za-z0-9._-]{3,64}$/),
    password: z.string().min(12).max(256),
    role: z.enum(ROLES),
  })
  .strict();

/** A user as listed: never the password hash. */
export const userSummarySchema = z.object({
  id: z.number().int(),
  username: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

/** GET /api/users */
export const userListResponse = z.object({ users: z.array(userSummarySchema) });
