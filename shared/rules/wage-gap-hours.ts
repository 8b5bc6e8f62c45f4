import type { Worker } from "../roster/worker";
import { isCounted } from "./counted-workers";

/** Used when no regular worker has scheduled hours: the statutory 40-hour week (労基法32条). */
export const STATUTORY_WEEKLY_HOURS = 40;

const HOURS_IN_A_WEEK = 168;

/**
 * Hours as whole hundredths of an hour, so that hour ratios can be done in BigInt exactly.
 * Rosters hold hours like 37.5 or 7.75; finer fractions are rounded to the hundredth.
 * `undefined` for a missing value or one no week can hold (not above 0, over 168 hours, NaN):
 * such a worker has no usable hours.
 */
export function hoursInHundredths(hours: number | undefined): bigint | undefined {
  if (hours === undefined || !(hours > 0 && hours <= HOURS_IN_A_WEEK)) return undefined;
  const h = Math.round(hours * 100);
  return h > 0 ? BigInt(h) : undefined;
}

/**
 * 通常の労働者の所定労働時間 for the hours conversion: the most common 週所定労働時間 among
 * counted regular workers (the company's full-time schedule), in hundredths of an hour;
 * `undefined` when no regular worker has hours (the caller falls back to 40). A tie goes to the
 * longer schedule, so that a few short-schedule regular staff cannot lower the yardstick.
 */
export function mostCommonRegularHundredths(workers: readonly Worker[]): bigint | undefined {
  const tally = new Map<bigint, number>();
  for (const w of workers) {
    if (!isCounted(w) || w.employmentType !== "regular") continue;
    const h = hoursInHundredths(w.weeklyHours);
    if (h !== undefined) tally.set(h, (tally.get(h) ?? 0) + 1);
  }
  let best: bigint | undefined;
  let bestCount = 0;
  for (const [h, count] of tally) {
    if (count > bestCount || (count === bestCount && best !== undefined && h > best)) {
      best = h;
      bestCount = count;
    }
  }
  return best;
}
