import type { Worker } from "../roster/worker";
import { textKey } from "./text-key";
import type { MatchedActionId, Reason } from "./action-result";
import { categoryRatio, type CategoryRatio, formatPercent } from "./female-ratio";
import { reason } from "./explain";

/** The 40% condition of one action's target category on the application roster (p.1 (3), p.8). */
export interface TargetCategoryCheck {
  /** null when the application names no category for this action. */
  eligible: boolean | null;
  ratio: CategoryRatio | null;
  reasons: Reason[];
}

function label(action: MatchedActionId): { ja: string; en: string } {
  return action === "C"
    ? { ja: "新設する役職と同一の雇用管理区分", en: "the category of the new position" }
    : { ja: "増加対象とする雇用管理区分", en: "the target category" };
}

/** Checks that women are strictly under 40% of the target category at the application date. */
export function targetCategoryCheck(
  action: MatchedActionId,
  target: string | undefined,
  applicationWorkers: readonly Worker[],
): TargetCategoryCheck {
  const name = label(action);
  const key = target === undefined ? "" : textKey(target);
  if (key === "")
    return {
      eligible: null,
      ratio: null,
      reasons: [
        reason(
          `取組${action}: ${name.ja}が指定されていません。`,
          `Action ${action}: ${name.en} is not given.`,
        ),
      ],
    };
  const ratio = categoryRatio(applicationWorkers, key);
  const dispatched = applicationWorkers.filter(
    (w) => w.employmentType === "dispatched" && textKey(w.category) === key,
  ).length;
  const noteJa = dispatched > 0 ? `、派遣 ${dispatched} 人を除く` : "";
  const noteEn = dispatched > 0 ? `, ${dispatched} dispatched excluded` : "";
  if (ratio.total === 0)
    return {
      eligible: false,
      ratio,
      reasons: [
        reason(
          `取組${action}: ${name.ja}「${key}」には申請時の労働者がいない（派遣を除く）ため、女性比率がありません。`,
          `Action ${action}: ${name.en} "${key}" has no worker (dispatched excluded) at the application date, so it has no female ratio.`,
        ),
      ],
    };
  const percent = formatPercent(ratio.femaleRatioPercent);
  const counts = `${ratio.total} 人中女性 ${ratio.women} 人${noteJa}`;
  const countsEn = `${ratio.women} women of ${ratio.total}${noteEn}`;
  if (ratio.below40)
    return {
      eligible: true,
      ratio,
      reasons: [
        reason(
          `取組${action}: ${name.ja}「${key}」の女性比率は ${percent}（${counts}）で、4 割を下回っています。`,
          `Action ${action}: ${name.en} "${key}" is ${percent} women (${countsEn}), under 40%.`,
        ),
      ],
    };
  const exact = ratio.women * 5 === ratio.total * 2;
  return {
    eligible: false,
    ratio,
    reasons: [
      reason(
        `取組${action}: ${name.ja}「${key}」の女性比率は ${percent}（${counts}）で、4 割を下回っていません${exact ? "（ちょうど 4 割は対象外）" : ""}。`,
        `Action ${action}: ${name.en} "${key}" is ${percent} women (${countsEn}), not under 40%${exact ? " (exactly 40% does not qualify)" : ""}.`,
      ),
    ],
  };
}
