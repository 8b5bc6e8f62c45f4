import { z } from "zod";
import { statsRecordSchema } from "../stats/record-schema";

/**
 * POST /api/submissions (bearer token of the record's round): one statistics record, checked
 * by the record schema itself (shared/stats/record-schema.ts).
 */
export const submissionBody = statsRecordSchema;

/**
 * 201 stored, or replaced (the company's earlier record of the round goes, issue 14); 200 the
 * same submissionId with the same content again (stored once).
 */
export const submissionResponse = z.object({
  submissionId: z.string(),
  status: z.enum(["stored", "replaced", "alreadyStored"]),
});
export type SubmissionResponse = z.infer<typeof submissionResponse>;
