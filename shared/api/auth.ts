import { z } from "zod";
import { dbText } from "./db-safe";

/** The dashboard's roles (submitters hold a bearer token instead, and may only submit). */
export const ROLES = ["admin", "foundation", "policy"] as const;
export type Role = (typeof ROLES)[number];

/** Who may call what: each route of contract.ts names one of these. */
export const ACCESS = {
  manageUsersAndTokens: ["admin"],
  dashboards: ["admin", "foundation", "policy"],
  imports: ["admin", "foundation"],
  report: ["admin", "policy"],
  anySession: ["admin", "foundation", "policy"],
} as const satisfies Record<string, readonly Role[]>;

/** POST /api/login */
export const loginBody = z
  .object({ username: dbText(64).min(1), password: z.string().min(1).max(256) })
  .strict();

/** POST /api/login, GET /api/me: who is logged in. */
export const meResponse = z.object({ username: z.string(), role: z.enum(ROLES) });
export type Me = z.infer<typeof meResponse>;

/** GET /api/health: the database answers. */
export const healthResponse = z.object({ status: z.literal("ok") });
