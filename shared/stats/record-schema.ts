import { z } from "zod";
import { ACTION_IDS } from "../rules/action-result";

/**
 * The anonymized statistics record: what a company hands to the foundation. It is the ONLY
 * thing that leaves the workbook, so it carries counts and flags, never a name, an employee
 * ID, a category name or a date finer than the round (p.12–13). `.strict()` everywhere makes
 * the schema reject unknown fields, so nothing personal can ride along by accident.
 * Shared by the add-in (which builds it) and the dashboard server (which validates it).
 */
export const STATS_SCHEMA_VERSION = 1;

/** JSIC (日本標準産業分類) major divisions A–T. */
export const INDUSTRY_CODES = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "K",
  "L",
  "M",
  "N",
  "O",
  "P",
  "Q",
  "R",
  "S",
  "T",
] as const;

/** 常時雇用する労働者 bands; above 300 a company is not eligible at all. */
export const SIZE_BANDS = ["1-29", "30-99", "100-300"] as const;

/**
 * Plausibility caps (issue 15 §5): a figure outside them is a mistake or an attack, and one
 * such figure would skew every quantile of the year.
 *
 * Head counts: E1's limit of 300 is on 常時雇用する労働者, which no count here is — `employees`
 * and `nonRegular` include short-term part-timers (and the report snapshot may be taken after
 * growth), and even a 正規 worker on a short fixed term is not regularly employed — so 300
 * cannot be required of any field without refusing eligible companies. 10,000 per sex and
 * group is far beyond any company of ≤ 300 regular staff and still below what skews a sum.
 * Categories and trainees are counts of those same workers, so the same cap holds.
 */
export const RECORD_LIMITS = {
  /** per sex and group, and for categories and training */
  headcount: 10_000,
  /** women's mean wage as % of men's: 0–1,000 (a woman earning ten times the men's mean) */
  wageGapPercent: 1_000,
} as const;

const count = z.number().int().min(0).max(RECORD_LIMITS.headcount);

const bySex = z.object({ women: count, men: count }).strict();

const snapshotCounts = z
  .object({
    /** every non-dispatched worker */
    employees: bySex,
    regular: bySex,
    nonRegular: bySex,
    /** 管理職 (部長級・課長級) */
    managers: bySex,
    /** 役職手当 recipients (non-manager position holders paid monthly) */
    allowanceRecipients: bySex,
    /** non-regular workers covered by a retirement allowance system */
    nonRegularRetirementCovered: bySex,
  })
  .strict();

const actionFlags = z
  .object({ A: z.boolean(), B: z.boolean(), C: z.boolean(), D: z.boolean() })
  .strict();

/**
 * A wage-gap figure: women's mean as % of men's, one decimal; null where a sex is absent.
 * In a company of three one well-paid woman can make it large, but past 1,000 % (ten times
 * the men's mean) it is a wage typed in the wrong unit, not a fact to publish.
 */
const gapPercent = z
  .number()
  .min(0)
  .max(RECORD_LIMITS.wageGapPercent)
  .refine((v) => Math.round(v * 10) === v * 10, "one decimal at most")
  .nullable();

export const statsRecordSchema = z
  .object({
    schemaVersion: z.literal(STATS_SCHEMA_VERSION),
    /**
     * random, so a retried submission is recognised without identifying the company. Any
     * 8-4-4-4-12 hex id, as PostgreSQL's uuid type takes it (zod 4's uuid() would also demand
     * RFC version and variant bits, which zod 3's did not).
     */
    submissionId: z.guid(),
    fiscalYear: z.number().int().min(2025).max(2100),
    // A year may have any number of rounds; the server checks the round against the schedule.
    round: z.number().int().min(1).max(99),
    sizeBand: z.enum(SIZE_BANDS),
    industry: z.enum(INDUSTRY_CODES).nullable(),
    actions: z.object({ selected: actionFlags, achieved: actionFlags }).strict(),
    counts: z.object({ application: snapshotCounts, report: snapshotCounts }).strict(),
    /** 雇用管理区分 on the application roster: how many, and how many under 40% women */
    categories: z.object({ total: count, below40: count }).strict(),
    wageGap: z.object({ all: gapPercent, regular: gapPercent, nonRegular: gapPercent }).strict(),
    /** 取組3 on the report roster */
    training: z.object({ trained: count, total: count, complete: z.boolean() }).strict(),
    /** a projection (見込額), not the foundation's decision */
    projectedGrantYen: z.number().int().min(0).max(1_000_000).multipleOf(100_000),
  })
  .strict()
  .superRefine((record, ctx) => {
    const { selected, achieved } = record.actions;
    for (const id of ACTION_IDS) {
      if (achieved[id] && !selected[id]) {
        ctx.addIssue({
          code: "custom",
          path: ["actions", "achieved", id],
          message: "achieved but not selected",
        });
      }
    }
    if (!selected.A && !selected.B && !selected.C) {
      ctx.addIssue({
        code: "custom",
        path: ["actions", "selected"],
        message: "at least one of A–C must be selected (D cannot stand alone)",
      });
    }
    if (record.categories.below40 > record.categories.total) {
      ctx.addIssue({
        code: "custom",
        path: ["categories", "below40"],
        message: "more categories under 40% than categories",
      });
    }
    if (record.training.trained > record.training.total) {
      ctx.addIssue({
        code: "custom",
        path: ["training", "trained"],
        message: "more trained than employees",
      });
    }
  });

export type StatsRecord = z.infer<typeof statsRecordSchema>;
export type SizeBand = (typeof SIZE_BANDS)[number];
export type IndustryCode = (typeof INDUSTRY_CODES)[number];
