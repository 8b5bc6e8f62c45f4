import type { StatKey } from "./raw-aggregates";

/** One class of a banded distribution: `from` ≤ value < `to` (null: open end). */
export interface Band {
  from: number | null;
  to: number | null;
  labelJa: string;
  labelEn: string;
}

/**
 * Lower bounds for PostgreSQL's width_bucket(value, thresholds): bucket 0 lies below the first
 * threshold, bucket k between threshold k and k+1. The tiny first ratio threshold puts "no
 * women managers at all" (0%) in a band of its own: it is the most common case before.
 */
export const RATIO_THRESHOLDS = [1e-9, 10, 20, 30, 40] as const;
export const WAGE_GAP_THRESHOLDS = [50, 60, 70, 80, 90, 100] as const;

const RATIO_BANDS: readonly Band[] = [
  { from: 0, to: 0, labelJa: "0%", labelEn: "0%" },
  { from: 0, to: 10, labelJa: "0%超10%未満", labelEn: "over 0% to under 10%" },
  { from: 10, to: 20, labelJa: "10%以上20%未満", labelEn: "10% to under 20%" },
  { from: 20, to: 30, labelJa: "20%以上30%未満", labelEn: "20% to under 30%" },
  { from: 30, to: 40, labelJa: "30%以上40%未満", labelEn: "30% to under 40%" },
  { from: 40, to: null, labelJa: "40%以上", labelEn: "40% or more" },
];

const WAGE_GAP_BANDS: readonly Band[] = [
  { from: null, to: 50, labelJa: "50%未満", labelEn: "under 50%" },
  { from: 50, to: 60, labelJa: "50%以上60%未満", labelEn: "50% to under 60%" },
  { from: 60, to: 70, labelJa: "60%以上70%未満", labelEn: "60% to under 70%" },
  { from: 70, to: 80, labelJa: "70%以上80%未満", labelEn: "70% to under 80%" },
  { from: 80, to: 90, labelJa: "80%以上90%未満", labelEn: "80% to under 90%" },
  { from: 90, to: 100, labelJa: "90%以上100%未満", labelEn: "90% to under 100%" },
  { from: 100, to: null, labelJa: "100%以上", labelEn: "100% or more" },
];

export function isRatioStat(stat: StatKey): boolean {
  return stat === "managerRatioBefore" || stat === "managerRatioAfter";
}

export function bandsOf(stat: StatKey): readonly Band[] {
  return isRatioStat(stat) ? RATIO_BANDS : WAGE_GAP_BANDS;
}
