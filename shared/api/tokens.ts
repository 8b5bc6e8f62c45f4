import { z } from "zod";
import { dbText } from "./db-safe";

/** POST /api/tokens: a bearer token for one round's submissions. */
export const newTokenBody = z
  .object({
    fiscalYear: z.number().int().min(2000).max(2100),
    // The schedule decides which rounds exist (the route checks findRound); 99 bounds the column.
    round: z.number().int().min(1).max(99),
    label: dbText(100).optional(),
  })
  .strict();

/** DELETE /api/tokens/:id */
export const tokenIdParams = z
  .object({
    id: z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number),
  })
  .strict();

/** A token as listed: never its secret (the database keeps only its hash). */
export const submitTokenSchema = z.object({
  id: z.number().int(),
  fiscalYear: z.number().int(),
  round: z.number().int(),
  label: z.string(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type SubmitToken = z.infer<typeof submitTokenSchema>;

/** POST /api/tokens: the stored token plus the secret, shown this once. */
export const issuedTokenResponse = submitTokenSchema.extend({ token: z.string() });
export type IssuedToken = z.infer<typeof issuedTokenResponse>;

/** GET /api/tokens */
export const tokenListResponse = z.object({ tokens: z.array(submitTokenSchema) });
