import { z } from "zod";
import { ROLES } from "./auth";

/**
 * The account routes of the dashboard (admin only): the user list with last login, a new user,
 * and the changes an admin makes to another account.
 */
export const USER_ROLES = ROLES;
export type UserRole = (typeof USER_ROLES)[number];

/** POST /api/users */
export const newUserBody = z
  .object({
    username: z.string().regex(/^[A-Za-z0-9._-]{3,64}$/),
    password: z.string().min(12).max(256),
    role: z.enum(ROLES),
  })
  .strict();

/** /api/users/:id — a serial id (at most 9 digits: inside PostgreSQL's integer). */
export const userIdParams = z
  .object({
    id: z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number),
  })
  .strict();

/** A user as listed: never the password hash. */
export const userSummarySchema = z.object({
  id: z.number().int(),
  username: z.string(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  /** null: never logged in */
  lastLoginAt: z.string().nullable(),
  disabled: z.boolean(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;
export type UserSummaryJson = UserSummary;

/** GET /api/users */
export const userListResponse = z.object({ users: z.array(userSummarySchema) });

/** PATCH /api/users/:id — a new role, or disabled true/false (disabling ends its sessions). */
export const userChangeBody = z
  .object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((change) => change.role !== undefined || change.disabled !== undefined, {
    message: "role or disabled is required",
  });
export type UserChangeBody = z.infer<typeof userChangeBody>;

/** PATCH /api/users/:id answer */
export const userChangeResponse = userSummarySchema;

/**
 * POST /api/users/:id/password — no body; the server makes a new password, ends every session
 * of the user and shows the password this once (it keeps only the scrypt hash).
 */
export const passwordResetResponse = z.object({
  user: userSummarySchema,
  password: z.string(),
});
export type PasswordResetResponse = z.infer<typeof passwordResetResponse>;

/** DELETE /api/users/:id answers 204. */
