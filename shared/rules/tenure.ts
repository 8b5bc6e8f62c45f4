import { type CivilDate, dateParts } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { countedWorkers } from "./counted-workers";
import { reason } from "./explain";
import { roundHalfUpDiv } from "./round-half-up";

/** MHLW counts a fixed-term worker's tenure only past five years of renewed contracts. */
const FIXED_TERM_MONTHS = 60;

/**
 * Completed months from `from` to `to` (0 when `to` is earlier in the month than `from`'s day):
 * 2015-04-01 → 2025-10-01 is 126 months. Whole months keep the average exact and hand-checkable.
 * Negative when `to` is before `from`.
 */
export function completedMonths(from: CivilDate, to: CivilDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day) return months - 1;
  if (months < 0 && b.day > a.day) return months + 1;
  return months;
}

/** A worker's tenure on `asOf` in completed months, or undefined without a usable 採用日. */
export function tenureMonths(worker: Worker, asOf: CivilDate): number | undefined {
  if (worker.hireDate === undefined || worker.hireDate > asOf) return undefined;
  return completedMonths(worker.hireDate, asOf);
}

/** One sex's 平均継続勤務年数. */
export interface TenureFigure {
  /** Years, one decimal, rounded half up; null when nobody can be counted. */
  years: number | null;
  /** Workers whose tenure is in the average. */
  counted: number;
  /** Target workers left out: no 採用日, or hired after the as-of date. */
  withoutHireDate: number;
  reason?: Reason;
}

export interface AverageTenure {
  female: TenureFigure;
  male: TenureFigure;
  asOf: CivilDate;
  /** How the targets were chosen and what was left out. */
  notes: Reason[];
}

/**
 * Whether MHLW's 平均継続勤務年数 covers the worker: 期間の定めのない労働者, and fixed-term workers
 * whose contracts add up to more than five years (interpretation: from 採用日, with the
 * roster's 雇用期間; a blank 雇用期間 is 無期 for 正規 and 有期 for 非正規, as for the ≤300 count).
 */
export function isTenureTarget(worker: Worker, asOf: CivilDate): boolean {
  const term = worker.term ?? (worker.employmentType === "regular" ? "indefinite" : "fixed");
  if (term === "indefinite") return true;
  const months = tenureMonths(worker, asOf);
  return months !== undefined && months > FIXED_TERM_MONTHS;
}

function figure(months: number[], missing: number, sexJa: string, sexEn: string): TenureFigure {
  if (months.length === 0) {
    const why =
      missing > 0
        ? reason(
            `${sexJa}の採用日が名簿にないため算出できません（${missing} 人）。採用日を入力してください`,
            `No hire date for the ${sexEn} (${missing}), so there is no figure; enter 採用日`,
          )
        : reason(
            `対象となる${sexJa}がいないため算出できません`,
            `No ${sexEn} to count, so there is no figure`,
          );
    return { years: null, counted: 0, withoutHireDate: missing, reason: why };
  }
  const total = months.reduce((sum, m) => sum + m, 0);
  // tenths of a year = total months × 10 ÷ (12 × n), half up, exactly.
  const tenths = roundHalfUpDiv(BigInt(total) * 10n, BigInt(12 * months.length));
  return { years: Number(tenths) / 10, counted: months.length, withoutHireDate: missing };
}

/**
 * 男女の平均継続勤務年数 on `asOf` (MHLW: 期間の定めのない労働者 and fixed-term workers past five
 * years; dispatched workers are not the company's). Each tenure is counted in completed months
 * from 採用日 to `asOf`; the average is months ÷ 12, one decimal, half up.
 */
export function averageTenure(workers: readonly Worker[], asOf: CivilDate): AverageTenure {
  const months = { woman: [] as number[], man: [] as number[] };
  const missing = { woman: 0, man: 0 };
  let fixedOut = 0;
  for (const w of countedWorkers(workers)) {
    if (!isTenureTarget(w, asOf)) {
      fixedOut++;
      continue;
    }
    const m = tenureMonths(w, asOf);
    if (m === undefined) missing[w.gender]++;
    else months[w.gender].push(m);
  }
  const notes: Reason[] = [
    reason(
      `${asOf} 時点の、採用日からの満月数 ÷ 12 の平均（小数点第2位を四捨五入）。対象は期間の定めのない労働者と、有期で通算5年を超える労働者です`,
      `The mean of completed months from 採用日 to ${asOf} ÷ 12 (rounded half up to one decimal), over workers without a fixed term and fixed-term workers past five years`,
    ),
  ];
  if (fixedOut > 0)
    notes.push(
      reason(
        `通算5年以下（または採用日のない）有期労働者 ${fixedOut} 人は対象外です`,
        `${fixedOut} fixed-term worker(s) at five years or less (or without a hire date) are not counted`,
      ),
    );
  const lost = missing.woman + missing.man;
  if (lost > 0 && months.woman.length + months.man.length > 0)
    notes.push(
      reason(
        `採用日がない（または基準日より後の）${lost} 人を平均から除いています。公表前に入力してください`,
        `${lost} worker(s) without a hire date (or hired after the as-of date) are left out; enter their dates before publishing`,
      ),
    );
  return {
    female: figure(months.woman, missing.woman, "女性", "women"),
    male: figure(months.man, missing.man, "男性", "men"),
    asOf,
    notes,
  };
}
