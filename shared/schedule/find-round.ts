import type { CivilDate } from "../dates/civil-date";
import { isWithin } from "../dates/civil-date";
import type { Round, RoundNumber } from "./round";
import { knownSchedules, scheduleOf } from "./schedule-book";

/** The fiscal years with a schedule, oldest first. */
export function knownFiscalYears(): number[] {
  return knownSchedules().map((s) => s.fiscalYear);
}

/** The rounds of a fiscal year (empty when the year is not known). */
export function roundsOf(fiscalYear: number): readonly Round[] {
  return scheduleOf(fiscalYear)?.rounds ?? [];
}

/** 第N回 of a fiscal year, or `undefined` when that year or round is not in the schedules. */
export function findRound(fiscalYear: number, round: RoundNumber): Round | undefined {
  return scheduleOf(fiscalYear)?.rounds.find((r) => r.round === round);
}

/**
 * The round whose セミナー受講・支給申請期間 contains `date` (both ends inclusive), or
 * `undefined` between windows and outside the known years. Windows do not overlap (the schedule
 * file's check and the book's check across years guard this), so at most one round matches.
 */
export function roundForDate(date: CivilDate): Round | undefined {
  for (const schedule of knownSchedules()) {
    const hit = schedule.rounds.find((r) => isWithin(date, r.application.start, r.application.end));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The next round whose application window opens after `date`, or `undefined` when every known
 * window has closed (then the user needs the new year's schedule).
 */
export function nextRoundAfter(date: CivilDate): Round | undefined {
  return knownSchedules()
    .flatMap((s) => s.rounds)
    .filter((r) => r.application.start > date)
    .sort((a, b) => (a.application.start < b.application.start ? -1 : 1))[0];
}

/** True when `date` is past the last application window of every known schedule. */
export function allWindowsClosed(date: CivilDate): boolean {
  const rounds = knownSchedules().flatMap((s) => s.rounds);
  return rounds.length > 0 && rounds.every((r) => r.application.end < date);
}
