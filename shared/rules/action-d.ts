import type { Worker } from "../roster/worker";
import type { Application, Reason } from "./action-result";
import { pendingResult, type ActionAssessment } from "./action-assessment";
import { countedWorkers } from "./counted-workers";
import { idList, reason } from "./explain";

function nonRegular(workers: readonly Worker[]): Worker[] {
  return countedWorkers(workers).filter((w) => w.employmentType === "nonRegular");
}

/**
 * D 非正規従業員の退職金制度の導入 (add-on, p.8): no ratio rule; the system must be NEW, so no
 * non-regular worker is covered at application; at report at least one female non-regular
 * worker is covered. The amended and filed work rules are a declaration, not a roster fact.
 */
export function assessActionD(
  app: Application,
  applicationWorkers: readonly Worker[],
  reportWorkers: readonly Worker[],
): ActionAssessment {
  const selected = app.actions.includes("D");
  const atApplication = nonRegular(applicationWorkers);
  const coveredBefore = atApplication.filter((w) => w.retirementPlan === true);
  const blank = atApplication.filter((w) => w.retirementPlan === undefined);
  const coveredWomen = nonRegular(reportWorkers)
    .filter((w) => w.gender === "woman" && w.retirementPlan === true)
    .sort((a, b) => a.row - b.row);
  const candidates = coveredWomen.map((w) => w.employeeId);
  const eligibleAtApplication = coveredBefore.length === 0;

  const reasons: Reason[] = [];
  if (!selected)
    reasons.push(
      reason(
        "取組Dは選択されていません（参考として表示しています）。",
        "Action D is not selected (shown for reference).",
      ),
    );
  reasons.push(
    reason(
      "取組Dには雇用管理区分ごとの女性比率の要件はありません（p.8 注）。",
      "Action D has no female-ratio requirement (p.8 note).",
    ),
  );
  if (eligibleAtApplication)
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
  if (eligibleAtApplication && blank.length > 0)
    reasons.push(
      reason(
        `申請時の非正規従業員 ${blank.length} 人（${idList(blank.map((w) => w.employeeId)).ja}）の退職金制度の欄が空欄です。対象外であることを確認してください。`,
        `The retirement allowance cell is empty for ${blank.length} non-regular worker(s) at application (${idList(blank.map((w) => w.employeeId)).en}): confirm they were not covered.`,
      ),
    );
  reasons.push(
    candidates.length > 0
      ? reason(
          `実績報告時に退職金制度の対象となっている女性の非正規従業員: ${candidates.length} 人（${idList(candidates).ja}）。`,
          `Female non-regular workers covered at report: ${candidates.length} (${idList(candidates).en}).`,
        )
      : reason(
          "実績報告時に退職金制度の対象となっている女性の非正規従業員がいません。",
          "No female non-regular worker is covered by the retirement allowance system at report.",
        ),
  );
  reasons.push(
    reason(
      "退職金制度に係る就業規則の変更と労働基準監督署への届出が必要です（名簿からは確認できない申告事項です）。",
      "The work rules must be amended for the retirement allowance and filed with the Labour Standards Inspection Office (a declaration the roster cannot show).",
    ),
  );
  return {
    result: pendingResult({
      action: "D",
      selected,
      eligibleAtApplication,
      before: coveredBefore.length,
      after: candidates.length,
      candidates,
      reasons,
    }),
    ready: selected && eligibleAtApplication && candidates.length > 0,
    preferred: candidates,
  };
}
