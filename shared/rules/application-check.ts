import { isCivilDate } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import { textKey } from "./text-key";
import { ACTION_IDS, type Application, type MatchedActionId, type Reason } from "./action-result";
import { reason } from "./explain";

const MATCHED: readonly MatchedActionId[] = ["A", "B", "C"];

/**
 * Refuses an application the guideline does not allow, before any action is judged: no
 * action, D alone (p.7), a selected A–C without its category, a category absent from the
 * application roster, or a malformed period. An empty list means the application can be judged.
 */
export function checkApplication(
  app: Application,
  applicationWorkers: readonly Worker[],
): Reason[] {
  const reasons: Reason[] = [];
  const unknown = app.actions.filter((a) => !ACTION_IDS.includes(a));
  if (unknown.length > 0)
    reasons.push(
      reason(
        `不明な取組があります: ${unknown.join(", ")}（A〜D のいずれかを選んでください）。`,
        `Unknown action(s): ${unknown.join(", ")} (choose among A–D).`,
      ),
    );
  const selected = MATCHED.filter((a) => app.actions.includes(a));
  if (app.actions.length === 0)
    reasons.push(
      reason(
        "取組が選択されていません。A〜C から 1 つ以上選んでください。",
        "No action is selected: choose at least one of A–C.",
      ),
    );
  else if (selected.length === 0 && app.actions.includes("D"))
    reasons.push(
      reason(
        "D のみを選択することはできません（p.7）。A〜C から 1 つ以上あわせて選んでください。",
        "D cannot be chosen alone (p.7): select at least one of A–C as well.",
      ),
    );

  const categories = [...new Set(applicationWorkers.map((w) => textKey(w.category)))];
  for (const action of selected) {
    const target = app.targets[action];
    const key = target === undefined ? "" : textKey(target);
    const whatJa = action === "C" ? "新設する役職の雇用管理区分" : "増加対象とする雇用管理区分";
    const whatEn = action === "C" ? "the category of the new position" : "the target category";
    if (key === "")
      reasons.push(
        reason(
          `取組${action}の${whatJa}が指定されていません。`,
          `Action ${action}: ${whatEn} is not given.`,
        ),
      );
    else if (!categories.includes(key))
      reasons.push(
        reason(
          `取組${action}の${whatJa}「${key}」は申請時の名簿にありません。名簿にある区分: ${categories.length > 0 ? categories.map((c) => `「${c}」`).join("") : "なし"}。`,
          `Action ${action}: ${whatEn} "${key}" is not in the application roster. Categories there: ${categories.length > 0 ? categories.map((c) => `"${c}"`).join(", ") : "none"}.`,
        ),
      );
  }

  const { start, end } = app.period;
  if (!isCivilDate(start) || !isCivilDate(end) || start > end)
    reasons.push(
      reason(
        `実施期間（${start}〜${end}）が正しくありません。`,
        `The implementation period (${start} to ${end}) is not valid.`,
      ),
    );
  return reasons;
}
