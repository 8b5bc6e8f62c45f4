import type { Worker } from "../roster/worker";
import type { Application, Reason } from "./action-result";
import { pendingResult, type ActionAssessment } from "./action-assessment";
import {
  ACTION_D_WORK_RULES,
  actionDApplicationCheck,
  nonRegularWorkers,
} from "./action-d-application";
import { idList, reason } from "./explain";

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
  const check = actionDApplicationCheck(applicationWorkers);
  const coveredWomen = nonRegularWorkers(reportWorkers)
    .filter((w) => w.gender === "woman" && w.retirementPlan === true)
    .sort((a, b) => a.row - b.row);
  const candidates = coveredWomen.map((w) => w.employeeId);
  const eligibleAtApplication = check.eligible;

  const reasons: Reason[] = [];
  if (!selected)
    reasons.push(
      reason(
        "取組Dは選択されていません（参考として表示しています）。",
        "Action D is not selected (shown for reference).",
      ),
    );
  reasons.push(...check.reasons);
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
  reasons.push(ACTION_D_WORK_RULES);
  return {
    result: pendingResult({
      action: "D",
      selected,
      eligibleAtApplication,
      before: check.coveredBefore.length,
      after: candidates.length,
      candidates,
      reasons,
    }),
    ready: selected && eligibleAtApplication && candidates.length > 0,
    preferred: candidates,
  };
}
