import { z } from "zod";
import { fiscalYearParam } from "./params";

/** Which generated text fills an item's 取組実績 (none: policy staff write it). */
export const GENERATORS = ["seminars", "appointment", "career", "awareness", "none"] as const;
export type GeneratorKey = (typeof GENERATORS)[number];

/**
 * One item of the 東京都女性活躍推進計画 that the programme serves: data per fiscal year that
 * policy staff maintain on the 年次報告 page (the plan is revised, items are renumbered).
 */
export const planItemSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
    number: z.string().max(16),
    /** the plan's hierarchy, e.g. ["I …", "1 …", "(1) …"] */
    path: z.array(z.string().trim().min(1).max(200)).min(1).max(4),
    title: z.string().trim().min(1).max(200),
    planText: z.string().max(4000),
    generator: z.enum(GENERATORS),
  })
  .strict();

export type PlanItem = z.infer<typeof planItemSchema>;

export const planQuery = z.object({ fiscalYear: fiscalYearParam }).strict();

/** GET /api/report/plan?fiscalYear= (policy, admin): a year's items and the organisation line. */
export const planResponse = z.object({
  fiscalYear: z.number().int(),
  /** the version a save starts from (0: nothing saved for the year) */
  version: z.number().int(),
  items: z.array(planItemSchema),
  organisation: z.object({ name: z.string(), version: z.number().int() }),
});
export type PlanResponse = z.infer<typeof planResponse>;

/** PUT /api/report/plan: the year's whole list, in order (add, edit, reorder, remove). */
export const planSaveBody = z
  .object({
    fiscalYear: z.number().int().min(2000).max(2100),
    version: z.number().int().min(0).max(2_147_483_647),
    items: z
      .array(planItemSchema)
      .max(200)
      .refine((items) => new Set(items.map((i) => i.id)).size === items.length, {
        message: "two items share an id",
      }),
  })
  .strict();

/** PUT /api/report/organisation: the organisation line the CSV and the title start with. */
export const organisationSaveBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    version: z.number().int().min(0).max(2_147_483_647),
  })
  .strict();

export const organisationResponse = z.object({ name: z.string(), version: z.number().int() });
