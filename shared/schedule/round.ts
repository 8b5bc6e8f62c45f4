import type { CivilDate, DateRange } from "../dates/civil-date";

/** A round number of a fiscal year (第1回, 第2回 …: FY2025 has six; a year may have any number). */
export type RoundNumber = number;

/** One application round of the schedule table (p.3). */
export interface Round {
  fiscalYear: number;
  round: RoundNumber;
  /** 定員: companies the round accepts. */
  capacity: number;
  /** セミナー受講・支給申請期間 */
  application: DateRange;
  /** 実施期間, six months, both ends inclusive. */
  implementation: DateRange;
  /** 実績報告 is accepted after the second expert visit and up to this day. */
  reportUntil: CivilDate;
}
