import { z } from "zod";
import { statsRecordSchema } from "../stats/record-schema";

/**
 * POST /api/submissions (bearer token of the record's round): one statistics record, checked
 * by the record schema itself (shared/stats/record-schema.ts).
 */
export const submissionBody = statsRecordSchema;

/** 201 stored; 200 the same submissionId with the same content again (stored once). */
export const submissionResponse = z.object({
  submissionId: z.string(),
  status: z.enum(["stored", "alreadyStored"]),
});
export type SubmissionResponse = z.infer<typeof submissionResponse>;
