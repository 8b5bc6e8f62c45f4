import { z } from "zod";
import { dbInt, dbText } from "./db-safe";
import { fiscalYearParam } from "./params";

export const EXPORT_FORMATS = ["csv", "xlsx", "html"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** GET /api/report?fiscalYear=Y&format=csv|xlsx|html: the annual report as a file. */
export const reportQuery = z
  .object({ fiscalYear: fiscalYearParam, format: z.enum(EXPORT_FORMATS) })
  .strict();

/** GET /api/report/texts?fiscalYear=Y */
export const textsQuery = z.object({ fiscalYear: fiscalYearParam }).strict();

/** PUT /api/report/texts: edited 取組実績; each item names the version it was edited from. */
export const textsBody = z
  .object({
    fiscalYear: dbInt("int4"),
    items: z
      .array(
        z
          .object({
            id: dbText(32),
            /** null: go back to the generated text */
            text: dbText(4000).nullable(),
            /** the version the editor started from (0: never edited) */
            version: dbInt("int4", 0),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();

/** A plan item with its generated and (if any) edited 取組実績. */
export const reportItemSchema = z.object({
  id: z.string(),
  number: z.string(),
  path: z.array(z.string()),
  title: z.string(),
  planText: z.string(),
  generatedText: z.string(),
  editedText: z.string().nullable(),
  /** what is exported: the edited text when there is one, else the generated text */
  text: z.string(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
});
export type ReportItem = z.infer<typeof reportItemSchema>;

/** GET and PUT /api/report/texts */
export const reportTextsResponse = z.object({
  fiscalYear: z.number().int(),
  items: z.array(reportItemSchema),
});
export type ReportTexts = z.infer<typeof reportTextsResponse>;
