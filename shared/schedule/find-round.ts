import type { CivilDate } from "../dates/civil-date";
import { isWithin } from "../dates/civil-date";
import type { Round, RoundNumber } from "./round";
import { FY2025_ROUNDS } from "./rounds/fy2025";

/**
 * Every known fiscal year's schedule, keyed by fiscal year. The guideline publishes a new
 * table each year (p.3): add `rounds/fyYYYY.ts` and one line here, no rule changes.
 */
export const ROUND_TABLES: Readonly<Record<number, readonly Round[]>> = {
  2025: FY2025_ROUNDS,
};

/** The fiscal years with a schedule table, oldest first. */
export function knownFiscalYears(): number[] {
  return Object.keys(ROUND_TABLES)
    .map(Number)
    .sort((a, b) => a - b);
}

/** 第N回 of a fiscal year, or `undefined` when that year or round is not in the tables. */
export function findRound(fiscalYear: number, round: RoundNumber): Round | undefined {
  return ROUND_TABLES[fiscalYear]?.find((r) => r.round === round);
}

/**
 * The round whose セミナー受講・支給申請期間 contains `date` (both ends inclusive), or
 * `undefined` between windows and outside the known years. Windows do not overlap in the
 * published tables (a test guards this), so at most one round matches.
 */
export function roundForDate(date: CivilDate): Round | undefined {
  for (const year of knownFiscalYears()) {
    const hit = ROUND_TABLES[year]?.find((r) =>
      isWithin(date, r.application.start, r.application.end),
    );
    if (hit) return hit;
  }
  return undefined;
}
