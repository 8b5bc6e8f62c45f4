import { z } from "zod";

/**
 * Per-company submit tokens (issue 14): one token for one company and round. The label is the
 * foundation's own reference for the company (never shown to policy staff).
 */
export const TOKEN_LABEL_MAX = 100;
export const TOKEN_BATCH_MAX = 2000;

/** POST /api/tokens/batch (admin): one token per label; answers a CSV for mail merge. */
export const tokenBatchBody = z
  .object({
    fiscalYear: z.number().int().min(2000).max(2100),
    // The schedule decides which rounds exist (the route checks findRound); 99 bounds the column.
    round: z.number().int().min(1).max(99),
    labels: z.array(z.string().trim().min(1).max(TOKEN_LABEL_MAX)).min(1).max(TOKEN_BATCH_MAX),
  })
  .strict();
export type TokenBatchBody = z.infer<typeof tokenBatchBody>;
