import { z } from "zod";
import { ACTION_IDS } from "../rules/action-result";
import { fiscalYearParam, roundParam } from "./params";

/** Additive magnitudes: a sum over records, with the number of records that add more than 0. */
export const SUM_MEASURES = [
  "newFemaleManagers",
  "newFemaleAllowanceRecipients",
  "categoriesTotal",
  "categoriesBelow40",
  "projectedGrantYen",
] as const;
export type SumMeasure = (typeof SUM_MEASURES)[number];

/** Per-company percentages summarised by quartiles and a banded distribution. */
export const STAT_KEYS = [
  "managerRatioBefore",
  "managerRatioAfter",
  "wageGapAll",
  "wageGapRegular",
  "wageGapNonRegular",
] as const;
export type StatKey = (typeof STAT_KEYS)[number];

/** GET /api/summary?fiscalYear=2025[&round=N] */
export const summaryQuery = z
  .object({ fiscalYear: fiscalYearParam, round: roundParam.optional() })
  .strict();

/**
 * Every published figure has passed disclosure control. A suppressed figure is
 * `{ value: null, suppressed: true }` (printed "X"); a figure with no data at all (a median of
 * no companies) is `{ value: null, suppressed: false }` (printed "-").
 */
export const figureSchema = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
export type Figure = z.infer<typeof figureSchema>;

export const quartileFiguresSchema = z.object({
  /** companies with a value */
  n: figureSchema,
  q1: figureSchema,
  median: figureSchema,
  q3: figureSchema,
});
export type QuartileFigures = z.infer<typeof quartileFiguresSchema>;

const perAction = z.record(z.enum(ACTION_IDS), figureSchema);

export const groupFiguresSchema = z.object({
  companies: figureSchema,
  selected: perAction,
  achieved: perAction,
  trainingComplete: figureSchema,
  sums: z.record(z.enum(SUM_MEASURES), figureSchema),
  stats: z.record(z.enum(STAT_KEYS), quartileFiguresSchema),
});
export type GroupFigures = z.infer<typeof groupFiguresSchema>;

/** One size band or industry. */
export const breakdownRowSchema = z.object({
  key: z.string(),
  labelJa: z.string(),
  labelEn: z.string(),
  figures: groupFiguresSchema,
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

export const distributionRowSchema = z.object({
  band: z.number().int(),
  labelJa: z.string(),
  labelEn: z.string(),
  /** band ≥ from and < to; null: open */
  from: z.number().nullable(),
  to: z.number().nullable(),
  companies: figureSchema,
});
export type DistributionRow = z.infer<typeof distributionRowSchema>;

/** One round, or the whole fiscal year (round null). */
export const scopePublicationSchema = z.object({
  round: z.number().int().nullable(),
  /** 定員 from the schedule */
  capacity: z.number(),
  figures: groupFiguresSchema,
  bySizeBand: z.array(breakdownRowSchema),
  byIndustry: z.array(breakdownRowSchema),
  distributions: z.record(z.enum(STAT_KEYS), z.array(distributionRowSchema)),
});
export type ScopePublication = z.infer<typeof scopePublicationSchema>;

/** GET /api/summary?fiscalYear=Y: the whole year, with one line per round. */
export const yearSummaryResponse = z.object({
  fiscalYear: z.number().int(),
  minCompanies: z.number().int(),
  round: z.null(),
  scope: scopePublicationSchema,
  rounds: z.array(
    z.object({ round: z.number().int(), capacity: z.number(), figures: groupFiguresSchema }),
  ),
});
export type YearSummary = z.infer<typeof yearSummaryResponse>;

/** GET /api/summary?fiscalYear=Y&round=N */
export const roundSummaryResponse = z.object({
  fiscalYear: z.number().int(),
  minCompanies: z.number().int(),
  round: z.number().int(),
  scope: scopePublicationSchema,
});
export type RoundSummary = z.infer<typeof roundSummaryResponse>;

export const summaryResponse = z.union([yearSummaryResponse, roundSummaryResponse]);
