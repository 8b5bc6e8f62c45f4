import type { CivilDate } from "../dates/civil-date";
import { isWithin } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { ActionId, Application } from "../rules/action-result";
import { appointmentTiming } from "../rules/appointment-date";
import { countedWorkers } from "../rules/counted-workers";
import type { Evaluation } from "../rules/evaluate";
import type { ActionPlanDraft } from "./action-plan-draft";
import type { PlanSection } from "./action-plan-draft";
import { japaneseDate, japanesePeriod } from "./japanese-date";

/** 様式第9号（取組結果報告書）: the parts a roster can fill, as sections and as one copyable text. */
export interface ResultReportText {
  sections: PlanSection[];
  /** Everything as plain text, to paste into the form. */
  text: string;
}

const DONE: Record<ActionId, (before: number, after: number) => string> = {
  A: (b, a) => `女性従業員 1 名を管理職（課長級以上）に登用した（女性管理職 ${b} 人 → ${a} 人）`,
  B: (b, a) =>
    `女性従業員 1 名を役職に就け、役職手当（月額）の支給を開始した（役職手当の支給対象の女性従業員 ${b} 人 → ${a} 人）`,
  C: () => "非正規従業員も登用可能な役職を新設し、女性の非正規従業員 1 名を登用した",
  D: () => "非正規従業員を対象とする退職金制度を導入し、女性の非正規従業員を対象とした",
};

/** The dates the training was held (completion dates inside the period), in order. */
function trainingDates(workers: readonly Worker[], period: Application["period"]): CivilDate[] {
  const dates = new Set<CivilDate>();
  for (const w of countedWorkers(workers))
    if (w.trainingDate !== undefined && isWithin(w.trainingDate, period.start, period.end))
      dates.add(w.trainingDate);
  return [...dates].sort();
}

/**
 * Pre-filled text for 様式第9号: 計画期間 and 数値目標 from the plan draft, 取組時期及び内容 for
 * each ACHIEVED action dated by its evidence person's 就任日 (else 採用日) — never a name or an
 * employee number — and the training summary (dates held, trained / required).
 */
export function resultReportText(
  app: Application,
  reportWorkers: readonly Worker[],
  evaluation: Evaluation,
  plan: ActionPlanDraft,
): ResultReportText {
  const byId = new Map(countedWorkers(reportWorkers).map((w) => [w.employeeId, w]));
  const done: string[] = [];
  const notDone: string[] = [];
  for (const id of app.actions) {
    const r = evaluation.actions[id];
    const person = r.evidence === null ? undefined : byId.get(r.evidence);
    if (!r.achieved || person === undefined) {
      notDone.push(`・取組${id}: 未達成のため記載していません（判定の理由を確認してください）`);
      continue;
    }
    const timing = appointmentTiming(person, app.period);
    // D is dated by the plan's introduction, not a person's appointment: the roster has no date for it.
    const when =
      id === "D" || timing.date === undefined
        ? `${japanesePeriod(app.period)}中`
        : `${japaneseDate(timing.date)}${timing.source === "hire" ? "（採用日）" : ""}`;
    done.push(`・${when}\u3000取組${id}: ${DONE[id](r.before, r.after)}`);
  }
  const t = evaluation.training;
  const dates = trainingDates(reportWorkers, app.period);
  const training = [
    `・実施日: ${dates.length > 0 ? dates.map(japaneseDate).join("、") : "（実施期間中の受講日がありません）"}`,
    `・受講者数: ${t.trained} 人 / 対象者数（全従業員）: ${t.total} 人${t.complete ? "（全員受講）" : "（未受講者がいます）"}`,
  ];
  const sections: PlanSection[] = [
    { heading: "計画期間", paragraphs: [japanesePeriod(plan.planPeriod)] },
    {
      heading: "数値目標",
      paragraphs: app.actions.map((id) => `・取組${id}: ${plan.targets[id] ?? ""}`),
    },
    { heading: "取組時期及び内容", paragraphs: [...done, ...notDone] },
    { heading: "全ての従業員を対象とした研修", paragraphs: training },
  ];
  const text = [
    "様式第9号（取組結果報告書）記載内容（案）",
    ...sections.flatMap((s) => ["", `【${s.heading}】`, ...s.paragraphs]),
  ].join("\n");
  return { sections, text };
}
