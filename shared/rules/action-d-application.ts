import type { Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { countedWorkers } from "./counted-workers";
import { idList, reason } from "./explain";

/**
 * D's condition on the application roster alone, the counterpart of A–C's
 * targetCategoryCheck: the pane's application step shows it before any report roster exists.
 */
export interface ActionDApplicationCheck {
  /** No non-regular worker is covered yet, so the system would be a new introduction. */
  eligible: boolean;
  /** Non-regular workers (dispatched excluded) already covered at application. */
  coveredBefore: Worker[];
  /** Only what the application roster shows: no report-time reasons. */
  reasons: Reason[];
}

/** A declaration the roster cannot prove: shown both when applying and in the verdict. */
export const ACTION_D_WORK_RULES: Reason = reason(
  "退職金制度に係る就業規則の変更と労働基準監督署への届出が必要です（名簿からは確認できない申告事項です）。",
  "The work rules must be amended for the retirement allowance and filed with the Labour Standards Inspection Office (a declaration the roster cannot show).",
);

export function nonRegularWorkers(workers: readonly Worker[]): Worker[] {
  return countedWorkers(workers).filter((w) => w.employmentType === "nonRegular");
}

/** The system must be NEW (p.8): nobody non-regular covered at application; blanks are flagged. */
export function actionDApplicationCheck(
  applicationWorkers: readonly Worker[],
): ActionDApplicationCheck {
  const atApplication = nonRegularWorkers(applicationWorkers);
  const coveredBefore = atApplication.filter((w) => w.retirementPlan === true);
  const blank = atApplication.filter((w) => w.retirementPlan === undefined);
  const eligible = coveredBefore.length === 0;
  const reasons: Reason[] = [
    reason(
      "取組Dには雇用管理区分ごとの女性比率の要件はありません（p.8 注）。",
      "Action D has no female-ratio requirement (p.8 note).",
    ),
  ];
  if (eligible)
    reasons.push(
      reason(
        `申請時に退職金制度の対象となっている非正規従業員はいません（非正規 ${atApplication.length} 人）。新たな導入として扱えます。`,
        `No non-regular worker is covered by a retirement allowance system at application (${atApplication.length} non-regular): it can be a new introduction.`,
      ),
    );
  else
    reasons.push(
      reason(
        `申請時すでに非正規従業員 ${coveredBefore.length} 人（${idList(coveredBefore.map((w) => w.employeeId)).ja}）が退職金制度の対象のため、新たな導入になりません。`,
        `${coveredBefore.length} non-regular worker(s) (${idList(coveredBefore.map((w) => w.employeeId)).en}) are already covered at application, so the system is not new.`,
      ),
    );
  if (eligible && blank.length > 0)
    reasons.push(
      reason(
        `申請時の非正規従業員 ${blank.length} 人（${idList(blank.map((w) => w.employeeId)).ja}）の退職金制度の欄が空欄です。対象外であることを確認してください。`,
        `The retirement allowance cell is empty for ${blank.length} non-regular worker(s) at application (${idList(blank.map((w) => w.employeeId)).en}): confirm they were not covered.`,
      ),
    );
  return { eligible, coveredBefore, reasons };
}
