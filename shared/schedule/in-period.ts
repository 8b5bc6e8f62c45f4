import type { CivilDate } from "../dates/civil-date";
import { isWithin } from "../dates/civil-date";
import type { Round } from "./round";

/**
 * True when `date` is inside the round's 実施期間. Both ends are inclusive: the guideline
 * writes the period as "8月1日～1月31日" and asks that the work be finished "実施期間最終日までに"
 * (p.3), so the first and the last day both count.
 */
export function isInImplementationPeriod(round: Round, date: CivilDate): boolean {
  return isWithin(date, round.implementation.start, round.implementation.end);
}
