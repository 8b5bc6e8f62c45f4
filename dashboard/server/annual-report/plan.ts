import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Which generated text fills an item's 取組実績 (none: policy staff write it). */
export const GENERATORS = ["seminars", "appointment", "career", "awareness", "none"] as const;
export type GeneratorKey = (typeof GENERATORS)[number];

const planSchema = z
  .object({
    organisation: z.string().min(1),
    programme: z.string().min(1),
    note: z.string().optional(),
    items: z
      .array(
        z
          .object({
            id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/),
            number: z.string().max(16),
            /** the plan's hierarchy, e.g. ["I …", "1 …", "(1) …"] */
            path: z.array(z.string().min(1)).min(1).max(4),
            title: z.string().min(1),
            planText: z.string(),
            generator: z.enum(GENERATORS),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .refine((plan) => new Set(plan.items.map((i) => i.id)).size === plan.items.length, {
    message: "item ids must be unique",
  });

export type Plan = z.infer<typeof planSchema>;
export type PlanItem = Plan["items"][number];

/** The bundled plan file; KATSUYAKU_PLAN_FILE points at an edited copy. */
export const DEFAULT_PLAN_FILE = path.join(__dirname, "plan-items.json");

/** Reads and checks the plan file; a broken file stops the server at start, not mid-export. */
export function loadPlan(file: string = DEFAULT_PLAN_FILE): Plan {
  const parsed = planSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) {
    throw new Error(
      `plan file ${file} is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  return parsed.data;
}
