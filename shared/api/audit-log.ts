import { z } from "zod";

/**
 * GET /api/audit-log?limit=N (admin only): who did what, when — newest first. An entry holds
 * ids, counts and names of accounts, never a password, a token, a typed username or an address.
 */
export const AUDIT_LOG_DEFAULT_LIMIT = 200;
export const AUDIT_LOG_MAX_LIMIT = 1000;

export const auditLogQuery = z
  .object({
    limit: z
      .string()
      .regex(/^\d{1,4}$/)
      .transform(Number)
      .pipe(z.number().int().min(1).max(AUDIT_LOG_MAX_LIMIT))
      .optional(),
  })
  .strict();

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string(),
  actorUserId: z.number().int().nullable(),
  /** the actor's name today; null for a submit token or a deleted account */
  actorUsername: z.string().nullable(),
  actorTokenId: z.number().int().nullable(),
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEntryJson = z.infer<typeof auditEntrySchema>;

export const auditLogResponse = z.object({ entries: z.array(auditEntrySchema) });
export type AuditLogResponse = z.infer<typeof auditLogResponse>;
