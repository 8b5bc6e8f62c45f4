import { type CivilDate, type DateRange, isWithin } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { periodText, reason } from "./explain";

/** Where an evidence person's 就任日（採用日）falls relative to the implementation period. */
export interface AppointmentTiming {
  /** 就任日, or 採用日 when there is none (hired straight into the role, p.18 "就任日(採用日)"). */
  date: CivilDate | undefined;
  source: "appointment" | "hire" | null;
  status: "inside" | "outside" | "missing";
}

/** The date the reports ask for (就任日, else 採用日) and whether it lies in the period, both ends inclusive. */
export function appointmentTiming(worker: Worker, period: DateRange): AppointmentTiming {
  if (worker.appointmentDate !== undefined) {
    const date = worker.appointmentDate;
    return {
      date,
      source: "appointment",
      status: isWithin(date, period.start, period.end) ? "inside" : "outside",
    };
  }
  if (worker.hireDate !== undefined) {
    const date = worker.hireDate;
    return {
      date,
      source: "hire",
      status: isWithin(date, period.start, period.end) ? "inside" : "outside",
    };
  }
  return { date: undefined, source: null, status: "missing" };
}

/** "就任日 2025-09-01" / "appointed 2025-09-01". */
export function timingText(timing: AppointmentTiming): { ja: string; en: string } {
  if (timing.source === "appointment")
    return { ja: `就任日 ${timing.date}`, en: `appointed ${timing.date}` };
  if (timing.source === "hire") return { ja: `採用日 ${timing.date}`, en: `hired ${timing.date}` };
  return { ja: "就任日・採用日なし", en: "no appointment or hire date" };
}

/** Why a woman who took the role cannot be evidence: her date is outside the period or missing. */
export function timingProblem(
  employeeId: string,
  roleJa: string,
  roleEn: string,
  timing: AppointmentTiming,
  period: DateRange,
): Reason {
  const text = timingText(timing);
  if (timing.status === "missing")
    return reason(
      `${employeeId} は${roleJa}になりましたが、就任日・採用日がないため実施期間中の就任か確認できません。`,
      `${employeeId} took the role of ${roleEn} but has no appointment or hire date, so it cannot be shown to fall in the implementation period.`,
    );
  return reason(
    `${employeeId} は${roleJa}になりましたが、${text.ja} が実施期間（${periodText(period)}）外です。`,
    `${employeeId} took the role of ${roleEn} but was ${text.en}, outside the implementation period (${period.start} to ${period.end}).`,
  );
}

/** How many people a reason names before it summarises the rest. */
export const LIST_LIMIT = 10;

/** "ほか 12 人も同様に…": the tail of a long list of date problems. */
export function moreProblems(count: number): Reason {
  return reason(
    `ほか ${count} 人も、就任日（採用日）が実施期間外かありません。`,
    `${count} more have an appointment (or hire) date outside the period, or none.`,
  );
}
