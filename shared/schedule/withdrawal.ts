import type { CivilDate } from "../dates/civil-date";
import { addDays } from "../dates/civil-date";
import type { Reason } from "../rules/action-result";

/**
 * 'withdrawal': 支給申請撤回届出書 (様式第5号), which does not count as the one application.
 * 'cancellation': 中止届出書 (様式第7号), which does.
 */
export type WithdrawalKind = "withdrawal" | "cancellation";

export interface WithdrawalStatus {
  kind: WithdrawalKind;
  /** Last day on which a withdrawal (撤回) is possible. */
  deadline: CivilDate;
  explanation: Reason;
}

/**
 * Last day to withdraw: "支給決定を通知した日から起算して14日以内" (p.14). 起算 makes the notice
 * day itself day 1, so day 14 is 13 days later (2025-07-10 → 2025-07-23). Calendar days:
 * the guideline does not skip weekends or holidays.
 */
export function withdrawalDeadline(notified: CivilDate): CivilDate {
  return addDays(notified, 13);
}

/**
 * Which form stopping the grant on `date` needs. Up to the deadline (and before the notice,
 * when the application is still undecided: p.14 "支給決定前") it is a withdrawal; after it,
 * "14日経過後", a cancellation, which uses up the company's one application (p.2 ②, p.14).
 */
export function withdrawalStatus(notified: CivilDate, date: CivilDate): WithdrawalStatus {
  const deadline = withdrawalDeadline(notified);
  if (date <= deadline) {
    return {
      kind: "withdrawal",
      deadline,
      explanation: {
        ja: `支給決定通知日（${notified}）から起算して14日以内（${deadline}まで）のため、「支給申請撤回届出書（様式第5号）」で撤回できます。撤回は申請回数に数えられず、再申請が可能です`,
        en: `Within 14 days counted from the decision notice on ${notified} (until ${deadline}): withdraw with the withdrawal form (様式第5号). A withdrawal does not count as the one application; the company may apply again`,
      },
    };
  }
  return {
    kind: "cancellation",
    deadline,
    explanation: {
      ja: `撤回できる期限（${deadline}）を過ぎているため、「中止届出書（様式第7号）」の提出となります。中止届は申請回数に数えられ、この奨励金に再度申請することはできません`,
      en: `The withdrawal deadline (${deadline}) has passed: file a cancellation notice (中止届出書, 様式第7号). It counts as the company's one application; it cannot apply for this grant again`,
    },
  };
}
