import type { Worker } from "../roster/worker";
import { textKey } from "./text-key";
import type { Application, Reason } from "./action-result";
import { pendingResult, type ActionAssessment } from "./action-assessment";
import {
  appointmentTiming,
  LIST_LIMIT,
  moreProblems,
  timingProblem,
  timingText,
} from "./appointment-date";
import { countedWorkers } from "./counted-workers";
import { periodText, quotedList, reason } from "./explain";
import { targetCategoryCheck } from "./target-category";

/** The 役職名 as compared across snapshots; "" when the cell is empty. */
export function titleKey(worker: Worker): string {
  return worker.positionTitle === undefined ? "" : textKey(worker.positionTitle);
}

/** Female non-regular workers (dispatched are never non-regular) holding any 役職名. */
export function femaleNonRegularTitleHolders(workers: readonly Worker[]): Worker[] {
  return countedWorkers(workers).filter(
    (w) => w.gender === "woman" && w.employmentType === "nonRegular" && titleKey(w) !== "",
  );
}

/**
 * C 非正規従業員でも登用可能な役職の新設 (p.7): the new position's category is under 40% at
 * application; a 役職名 that nobody (dispatched aside) held at application is held at report by
 * a female non-regular worker whose 就任日（採用日）is inside the period. Holding it shows the
 * position is open to non-regular staff. The position belongs to the category its holder is
 * in, so the holder must be in the named category: otherwise the category whose 40% test
 * counts (p.8 例3) is another one, which the application never checked.
 */
export function assessActionC(
  app: Application,
  applicationWorkers: readonly Worker[],
  reportWorkers: readonly Worker[],
): ActionAssessment {
  const selected = app.actions.includes("C");
  const target = targetCategoryCheck("C", app.targets.C, applicationWorkers);
  const existing = new Set(countedWorkers(applicationWorkers).map(titleKey));
  existing.delete("");
  const before = femaleNonRegularTitleHolders(applicationWorkers).length;
  const holders = femaleNonRegularTitleHolders(reportWorkers).sort((a, b) => a.row - b.row);
  const after = holders.length;
  const newTitles = [
    ...new Set(
      countedWorkers(reportWorkers)
        .map(titleKey)
        .filter((t) => t !== "" && !existing.has(t)),
    ),
  ];
  const newTitleSet = new Set(newTitles);
  const onNewTitle = holders.filter((w) => newTitleSet.has(titleKey(w)));
  const inside = onNewTitle.filter((w) => appointmentTiming(w, app.period).status === "inside");
  const targetKey = target.ratio?.category;
  const inCategory = inside.filter(
    (w) => targetKey !== undefined && textKey(w.category) === targetKey,
  );
  const otherCategory = inside.filter((w) => !inCategory.includes(w));
  const candidates = inCategory.map((w) => w.employeeId);
  const preferred = candidates;

  const reasons: Reason[] = [];
  if (!selected)
    reasons.push(
      reason(
        "取組Cは選択されていません（参考として表示しています）。",
        "Action C is not selected (shown for reference).",
      ),
    );
  reasons.push(...target.reasons);
  reasons.push(
    reason(
      `役職名のある女性の非正規従業員: 申請時 ${before} 人 → 実績報告時 ${after} 人。`,
      `Female non-regular workers holding a position title: ${before} at application → ${after} at report.`,
    ),
  );
  if (newTitles.length === 0)
    reasons.push(
      reason(
        "申請時の名簿にない新しい役職名が、実績報告時の名簿にありません。",
        "No position title on the report roster is absent from the application roster.",
      ),
    );
  else
    reasons.push(
      reason(
        `新設された役職（申請時に誰も就いていない役職名）: ${quotedList(newTitles).ja}。`,
        `New positions (titles nobody held at application): ${quotedList(newTitles).en}.`,
      ),
    );
  const dispatchedTitles = new Set(
    applicationWorkers.filter((w) => w.employmentType === "dispatched").map(titleKey),
  );
  const sharedWithDispatched = newTitles.filter((t) => dispatchedTitles.has(t));
  if (sharedWithDispatched.length > 0)
    reasons.push(
      reason(
        `参考: ${quotedList(sharedWithDispatched).ja}は申請時に派遣労働者が就いていた役職名です。派遣労働者は数えないため新設として扱いましたが、社内に既にあった役職でないか確認してください。`,
        `Note: ${quotedList(sharedWithDispatched).en} was held by a dispatched worker at application; dispatched workers are not counted, so it is treated as new, but check that the company did not already have this position.`,
      ),
    );
  if (inside.length > 0) {
    const shown = inside.slice(0, LIST_LIMIT);
    const more = inside.length - shown.length;
    const ja = shown
      .map(
        (w) =>
          `${w.employeeId}（「${titleKey(w)}」、${timingText(appointmentTiming(w, app.period)).ja}）`,
      )
      .join(", ");
    const en = shown
      .map(
        (w) =>
          `${w.employeeId} ("${titleKey(w)}", ${timingText(appointmentTiming(w, app.period)).en})`,
      )
      .join(", ");
    reasons.push(
      reason(
        `実施期間（${periodText(app.period)}）中に新設の役職に就いた女性の非正規従業員: ${ja}${more > 0 ? ` ほか ${more} 人` : ""}。`,
        `Female non-regular workers appointed to a new position during the implementation period: ${en}${more > 0 ? ` and ${more} more` : ""}.`,
      ),
    );
  } else if (newTitles.length > 0) {
    reasons.push(
      reason(
        `実施期間（${periodText(app.period)}）中に新設の役職に就いた女性の非正規従業員がいません。`,
        "No female non-regular worker took a new position during the implementation period.",
      ),
    );
  }
  if (otherCategory.length > 0 && targetKey !== undefined) {
    const ids = otherCategory
      .slice(0, LIST_LIMIT)
      .map((w) => `${w.employeeId}（${textKey(w.category)}）`);
    const idsEn = otherCategory
      .slice(0, LIST_LIMIT)
      .map((w) => `${w.employeeId} (${textKey(w.category)})`);
    reasons.push(
      reason(
        `${ids.join(", ")} は申請した区分「${targetKey}」の従業員ではないため、取組Cの対象者になりません（新設する役職と同一の雇用管理区分で女性比率4割未満を確認する必要があるため、p.8 例3）。`,
        `${idsEn.join(", ")} ${otherCategory.length === 1 ? "is" : "are"} not in the applied category "${targetKey}", so cannot serve for action C (the new position's own category must be under 40% women, p.8 example 3).`,
      ),
    );
  }
  const problems = onNewTitle.filter((w) => appointmentTiming(w, app.period).status !== "inside");
  for (const w of problems.slice(0, LIST_LIMIT)) {
    const timing = appointmentTiming(w, app.period);
    reasons.push(
      timingProblem(w.employeeId, `「${titleKey(w)}」`, `"${titleKey(w)}"`, timing, app.period),
    );
  }
  if (problems.length > LIST_LIMIT) reasons.push(moreProblems(problems.length - LIST_LIMIT));
  if (onNewTitle.length === 0 && newTitles.length > 0) {
    const others = countedWorkers(reportWorkers)
      .filter((w) => newTitleSet.has(titleKey(w)))
      .sort((a, b) => a.row - b.row)
      .slice(0, LIST_LIMIT);
    const describe = (w: Worker, ja: boolean): string => {
      const sex = w.gender === "woman" ? (ja ? "女性" : "woman") : ja ? "男性" : "man";
      const type =
        w.employmentType === "regular" ? (ja ? "正規" : "regular") : ja ? "非正規" : "non-regular";
      return ja ? `${w.employeeId}（${sex}・${type}）` : `${w.employeeId} (${sex}, ${type})`;
    };
    reasons.push(
      reason(
        `新設の役職に就いているのは ${others.map((w) => describe(w, true)).join(", ")} で、女性の非正規従業員はいません。`,
        `The new positions are held by ${others.map((w) => describe(w, false)).join(", ")}: no female non-regular worker.`,
      ),
    );
  }

  const eligibleAtApplication = target.eligible;
  return {
    result: pendingResult({
      action: "C",
      selected,
      eligibleAtApplication,
      before,
      after,
      candidates,
      reasons,
    }),
    ready: selected && eligibleAtApplication === true && candidates.length > 0,
    preferred,
  };
}
