import { z } from "zod";
import { INDUSTRY_CODES, SIZE_BANDS } from "../stats/record-schema";

/**
 * GET /api/benchmarks?fiscalYear=&industry=&sizeBand= — public, no login. The query carries
 * only the fiscal year, an industry (JSIC major division) and a size band: nothing about the
 * asking company. The answer holds only released figures of groups with enough companies.
 */
export const benchmarksQuerySchema = z.object({
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  industry: z.enum(INDUSTRY_CODES).optional(),
  sizeBand: z.enum(SIZE_BANDS).optional(),
});
export type BenchmarksQuery = z.infer<typeof benchmarksQuerySchema>;

const percent = z.number().finite();

/**
 * The peers' quartiles of one figure (percent, from ≥ 10 companies); absent when not released.
 * `companies`: how many companies have a value, null when that count is withheld (it is a
 * count of companies protected like any other; the group's own `companies` is always shown).
 */
export const peerQuartilesSchema = z.object({
  companies: z.number().int().nonnegative().nullable(),
  q1: percent,
  median: percent,
  q3: percent,
});
export type PeerQuartiles = z.infer<typeof peerQuartilesSchema>;

export const peerGroupSchema = z.object({
  dimension: z.enum(["industry", "sizeBand"]),
  key: z.string().max(20),
  labelJa: z.string().max(200),
  labelEn: z.string().max(200),
  companies: z.number().int().nonnegative(),
  /** 管理職に占める女性の割合 at the report date. */
  femaleManagerRatio: peerQuartilesSchema.nullable(),
  /** 男女の賃金の差異（全労働者）. */
  wageGap: peerQuartilesSchema.nullable(),
});
export type PeerGroup = z.infer<typeof peerGroupSchema>;

export const benchmarksResponseSchema = z.object({
  fiscalYear: z.number().int(),
  /** Groups are released only with at least this many companies. */
  minCompanies: z.number().int().positive(),
  groups: z.array(peerGroupSchema).max(2),
});
export type BenchmarksResponse = z.infer<typeof benchmarksResponseSchema>;
