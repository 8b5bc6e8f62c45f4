import { z } from "zod";
import { statsRecordSchema } from "../stats/record-schema";

/**
 * POST /api/imports: a JSON array of records, or CSV (text/csv) with the record's dotted paths
 * as the header. Every row is checked by the record schema; one refused row refuses the file.
 */
export const importBody = z.union([z.array(statsRecordSchema), z.string()]);

export const ROW_STATUSES = ["stored", "alreadyStored", "duplicateInFile"] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** 201 when some row was new, 200 when every row was already stored. */
export const importReportResponse = z.object({
  rows: z.number().int(),
  stored: z.number().int(),
  alreadyStored: z.number().int(),
  duplicatesInFile: z.number().int(),
  results: z.array(
    z.object({ row: z.number().int(), submissionId: z.string(), status: z.enum(ROW_STATUSES) }),
  ),
});
export type ImportReport = z.infer<typeof importReportResponse>;
