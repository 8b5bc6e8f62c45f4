import { type CivilDate, type DateRange, isWithin } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { countedWorkers } from "./counted-workers";
import { idList, people, periodText, reason } from "./explain";

/** A worker without a training completion date inside the period. */
export interface TrainingGap {
  employeeId: string;
  row: number;
  /** none: no 研修受講日; outside: the date is before or after the implementation period. */
  reason: "none" | "outside";
  trainingDate?: CivilDate;
}

export interface TrainingResult {
  /** Every counted worker trained inside the period (and there is at least one worker). */
  complete: boolean;
  missing: TrainingGap[];
  trained: number;
  total: number;
  /** Workers hired after the period's last day: not employed during it, so not required. */
  hiredAfterPeriod: string[];
  reasons: Reason[];
}

/**
 * 取組3 covers the staff employed during the period: a worker hired after its last day is
 * not required to have trained (one hired during the period is).
 */
export function hiredAfterPeriod(worker: Worker, period: DateRange): boolean {
  return worker.hireDate !== undefined && worker.hireDate > period.end;
}

/** The workers 取組3 requires, in roster order: 労働者 employed during the period. */
export function trainingRequired(workers: readonly Worker[], period?: DateRange): Worker[] {
  return countedWorkers(workers)
    .filter((w) => period === undefined || !hiredAfterPeriod(w, period))
    .sort((a, b) => a.row - b.row);
}

/**
 * 取組3 (p.9): 原則として、実施期間中に全ての従業員が受講を完了 — every regular and non-regular
 * worker on the report roster (dispatched excluded) has a 研修受講日 inside the period.
 */
export function trainingCompletion(
  reportWorkers: readonly Worker[],
  period: DateRange,
): TrainingResult {
  const workers = trainingRequired(reportWorkers, period);
  const later = countedWorkers(reportWorkers)
    .filter((w) => hiredAfterPeriod(w, period))
    .sort((a, b) => a.row - b.row)
    .map((w) => w.employeeId);
  const missing: TrainingGap[] = [];
  for (const w of workers) {
    if (w.trainingDate === undefined)
      missing.push({ employeeId: w.employeeId, row: w.row, reason: "none" });
    else if (!isWithin(w.trainingDate, period.start, period.end))
      missing.push({
        employeeId: w.employeeId,
        row: w.row,
        reason: "outside",
        trainingDate: w.trainingDate,
      });
  }
  const total = workers.length;
  const trained = total - missing.length;
  const complete = total > 0 && missing.length === 0;
  const reasons: Reason[] = [];
  if (total === 0)
    reasons.push(
      reason(
        "実績報告時の名簿に研修の対象となる従業員（派遣・役員・実施期間後の採用を除く）がいないため、研修の受講を確認できません。",
        "The report roster has no worker required to train (dispatched, officers and hires after the period excluded), so training cannot be checked.",
      ),
    );
  else if (complete)
    reasons.push(
      reason(
        `全従業員 ${total} 人が実施期間（${periodText(period)}）中に研修を受講しています。`,
        `All ${total} workers completed the training during the implementation period (${period.start} to ${period.end}).`,
      ),
    );
  else {
    reasons.push(
      reason(
        `研修の受講は ${total} 人中 ${trained} 人で、${missing.length} 人が実施期間中に受講していません。`,
        `${trained} of ${total} workers completed the training; ${missing.length} did not during the period.`,
      ),
    );
    const none = missing.filter((m) => m.reason === "none").map((m) => m.employeeId);
    const outside = missing.filter((m) => m.reason === "outside");
    if (none.length > 0)
      reasons.push(
        reason(`研修受講日がない: ${idList(none).ja}。`, `No training date: ${idList(none).en}.`),
      );
    if (outside.length > 0) {
      const list = outside.map((m) => `${m.employeeId}（${m.trainingDate}）`);
      const listEn = outside.map((m) => `${m.employeeId} (${m.trainingDate})`);
      reasons.push(
        reason(
          `研修受講日が実施期間（${periodText(period)}）外: ${idList(list).ja}。`,
          `Training date outside the implementation period: ${idList(listEn).en}.`,
        ),
      );
    }
  }
  if (later.length > 0)
    reasons.push(
      reason(
        `実施期間の末日（${period.end}）より後に採用された ${later.length} 人（${idList(later).ja}）は実施期間中に在籍していないため、研修の対象に含めていません。`,
        `${people(later.length)} hired after the period's last day (${period.end}) (${idList(later).en}) were not employed during the period and are not required to train.`,
      ),
    );
  return { complete, missing, trained, total, hiredAfterPeriod: later, reasons };
}
