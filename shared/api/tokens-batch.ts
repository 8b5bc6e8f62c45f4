import { z } from "zod";

/**
 * Per-company submit tokens (issue 14): one token for one company and round. The label is the
 * foundation's own reference for the company (never shown to policy staff).
 */
export const TOKEN_LABEL_MAX = 100;
export const TOKEN_BATCH_MAX = 2000;

/** POST /api/tokens (admin): one company's token. */
export const newTokenBody = z
  .object({
    fiscalYear: z.number().int().min(2000).max(2100),
    round: z.number().int().min(1).max(6),
    label: z.string().max(TOKEN_LABEL_MAX).optional(),
  })
  .strict();

/** POST /api/tokens/batch (admin): one token per label; answers a CSV for mail merge. */
export const tokenBatchBody = z
  .object({
    fiscalYear: z.number().int().min(2000).max(2100),
    round: z.number().int().min(1).max(6),
    labels: z.array(z.string().trim().min(1).max(TOKEN_LABEL_MAX)).min(1).max(TOKEN_BATCH_MAX),
  })
  .strict();
export type TokenBatchBody = z.infer<typeof tokenBatchBody>;

/** A token as listed (GET /api/tokens, admin). */
export const tokenListItem = z.object({
  id: z.number().int(),
  fiscalYear: z.number().int(),
  round: z.number().int(),
  label: z.string(),
  /** false: a round token issued before per-company tokens (revoke it, issue per company) */
  perCompany: z.boolean(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

/** An import batch as listed (GET /api/imports, admin). */
export const importBatchItem = z.object({
  id: z.number().int(),
  createdAt: z.string(),
  format: z.string(),
  recordCount: z.number().int(),
  removedAt: z.string().nullable(),
});
