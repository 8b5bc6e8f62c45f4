import { z } from "zod";

/** One field at fault, by its dotted path in the request ("counts.report.managers.women"). */
export const fieldProblemSchema = z.object({
  path: z.string(),
  code: z.string(),
  messageJa: z.string(),
  messageEn: z.string(),
});
export type FieldProblem = z.infer<typeof fieldProblemSchema>;

/** One refused row of an import file (1-based; for CSV the line number in the file). */
export const rowProblemSchema = z.object({
  row: z.number().int(),
  submissionId: z.string().nullable(),
  fields: z.array(fieldProblemSchema),
});
export type RowProblem = z.infer<typeof rowProblemSchema>;

/**
 * The body of every 4xx/5xx answer: a code the client may branch on and the message in
 * Japanese and English; `fields`, `rows` or `itemIds` name what is at fault.
 */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    messageJa: z.string(),
    messageEn: z.string(),
    fields: z.array(fieldProblemSchema).optional(),
    rows: z.array(rowProblemSchema).optional(),
    itemIds: z.array(z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
