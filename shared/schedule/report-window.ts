import type { CivilDate } from "../dates/civil-date";
import type { Reason } from "../rules/action-result";
import type { Round } from "./round";

/** The verdict on a planned or actual 実績報告 date. */
export interface ReportDateCheck {
  ok: boolean;
  problems: Reason[];
}

/**
 * 実績報告 is accepted "2回目の専門家派遣後～" the round's last day (p.3), both ends inclusive.
 *
 * Decision: the day of the second visit itself is accepted. "後" orders events, not days; a
 * report uploaded in the afternoon after a morning visit is after the visit, and the second
 * visit is where the expert goes over the report (p.10 オ). A civil date cannot tell morning
 * from afternoon, so rejecting the same day would reject valid filings; the foundation, not
 * this check, has the last word on an individual case.
 */
export function checkReportDate(
  round: Round,
  secondVisit: CivilDate,
  reportDate: CivilDate,
): ReportDateCheck {
  const problems: Reason[] = [];
  if (reportDate < secondVisit) {
    problems.push({
      ja: `実績報告（${reportDate}）は2回目の専門家派遣（${secondVisit}）の後に提出してください`,
      en: `The performance report (${reportDate}) must be filed after the second expert visit (${secondVisit})`,
    });
  }
  if (reportDate > round.reportUntil) {
    problems.push({
      ja: `実績報告（${reportDate}）の受付期限（${round.reportUntil}）を過ぎています`,
      en: `The performance report (${reportDate}) is after the deadline of ${round.reportUntil}`,
    });
  }
  return { ok: problems.length === 0, problems };
}
