import type { Worker } from "../roster/worker";
import { textKey } from "./text-key";
import type { Application, MatchedActionId, Reason } from "./action-result";
import { pendingResult, type ActionAssessment } from "./action-assessment";
import { LIST_LIMIT, moreProblems, timingProblem, timingText } from "./appointment-date";
import { countedWorkers } from "./counted-workers";
import { increaseReason, periodText, reason } from "./explain";
import { newlyQualifiedWomen } from "./newly-qualified";
import { targetCategoryCheck } from "./target-category";

/** How A (managers) and B (position-allowance recipients) differ: the status they count. */
export interface IncreaseRule {
  action: Extract<MatchedActionId, "A" | "B">;
  holds: (worker: Worker) => boolean;
  /** "管理職" */
  roleJa: string;
  roleEn: string;
  /** "社内全体の女性管理職" */
  countJa: string;
  countEn: string;
}

/** Female holders of the status in one roster, dispatched excluded. */
export function countWomen(workers: readonly Worker[], holds: (worker: Worker) => boolean): number {
  return countedWorkers(workers).filter((w) => w.gender === "woman" && holds(w)).length;
}

/**
 * A and B (p.7): the target category is under 40% at application; the company-wide number of
 * women holding the status is higher at report (new hires count); and one woman took the
 * status with a 就任日（採用日）inside the implementation period.
 */
export function assessIncrease(
  rule: IncreaseRule,
  app: Application,
  applicationWorkers: readonly Worker[],
  reportWorkers: readonly Worker[],
): ActionAssessment {
  const { action } = rule;
  const selected = app.actions.includes(action);
  const target = targetCategoryCheck(action, app.targets[action], applicationWorkers);
  const before = countWomen(applicationWorkers, rule.holds);
  const after = countWomen(reportWorkers, rule.holds);
  const newcomers = newlyQualifiedWomen(applicationWorkers, reportWorkers, rule.holds, app.period);
  const inside = newcomers.filter((n) => n.timing.status === "inside");
  const candidates = inside.map((n) => n.worker.employeeId);
  const targetKey = target.ratio?.category;
  const preferred = inside
    .filter((n) => targetKey !== undefined && textKey(n.worker.category) === targetKey)
    .map((n) => n.worker.employeeId);

  const reasons: Reason[] = [];
  if (!selected)
    reasons.push(
      reason(
        `取組${action}は選択されていません（参考として表示しています）。`,
        `Action ${action} is not selected (shown for reference).`,
      ),
    );
  reasons.push(...target.reasons);
  reasons.push(increaseReason(rule.countJa, rule.countEn, before, after));
  if (inside.length > 0) {
    const shown = inside.slice(0, LIST_LIMIT);
    const more = inside.length - shown.length;
    const listJa = shown
      .map(
        (n) =>
          `${n.worker.employeeId}（${timingText(n.timing).ja}${n.newHire ? "・新規採用" : ""}）`,
      )
      .join(", ");
    const listEn = shown
      .map(
        (n) =>
          `${n.worker.employeeId} (${timingText(n.timing).en}${n.newHire ? ", new hire" : ""})`,
      )
      .join(", ");
    reasons.push(
      reason(
        `実施期間（${periodText(app.period)}）中に${rule.roleJa}になった女性: ${listJa}${more > 0 ? ` ほか ${more} 人` : ""}。`,
        `Women who became ${rule.roleEn} during the implementation period: ${listEn}${more > 0 ? ` and ${more} more` : ""}.`,
      ),
    );
  } else {
    reasons.push(
      reason(
        `実施期間（${periodText(app.period)}）中に${rule.roleJa}になった（採用を含む）女性がいません。`,
        `No woman became ${rule.roleEn} (hires included) during the implementation period.`,
      ),
    );
  }
  const problems = newcomers.filter((n) => n.timing.status !== "inside");
  for (const n of problems.slice(0, LIST_LIMIT))
    reasons.push(
      timingProblem(n.worker.employeeId, rule.roleJa, rule.roleEn, n.timing, app.period),
    );
  if (problems.length > LIST_LIMIT) reasons.push(moreProblems(problems.length - LIST_LIMIT));

  const eligibleAtApplication = target.eligible;
  return {
    result: pendingResult({
      action,
      selected,
      eligibleAtApplication,
      before,
      after,
      candidates,
      reasons,
    }),
    ready: selected && eligibleAtApplication === true && after > before && candidates.length > 0,
    preferred,
  };
}
