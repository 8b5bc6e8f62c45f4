import { addDays, addYears, type CivilDate, type DateRange } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import type { ActionId, Application, MatchedActionId } from "../rules/action-result";
import { countedWorkers } from "../rules/counted-workers";
import { categoryRatio, formatPercent } from "../rules/female-ratio";
import { receivesPositionAllowance } from "../rules/position-allowance";
import type { PublishFigures } from "../rules/publish-figures";
import { japaneseDate, japanesePeriod } from "./japanese-date";

/** One numbered part of the plan: a heading and its paragraphs (bullets are paragraphs starting with ・). */
export interface PlanSection {
  heading: string;
  paragraphs: string[];
}

/** Whether a paragraph is a bullet (indented on the page and in the .docx). */
export function isBullet(paragraph: string): boolean {
  return paragraph.startsWith("・");
}

/** 一般事業主行動計画（案）: the standard four parts, with the draft notice above them. */
export interface ActionPlanDraft {
  title: string;
  /** Says that this is a draft the company finalises and files. */
  notice: string;
  intro: string;
  sections: PlanSection[];
  /** The plan's period: from the start of the implementation period, three years (interpretation). */
  planPeriod: DateRange;
  /** 数値目標, one per selected action, as written in part 3 (the 様式第9号 text repeats them). */
  targets: Partial<Record<ActionId, string>>;
}

/** The plan runs three years from the implementation period's start (the law allows 2–5: the company decides). */
export const PLAN_YEARS = 3;

function count(workers: readonly Worker[], holds: (w: Worker) => boolean): number {
  return countedWorkers(workers).filter((w) => w.gender === "woman" && holds(w)).length;
}

/** 数値目標 per action, from the application roster's counts. */
export function planTargets(
  app: Application,
  workers: readonly Worker[],
): Partial<Record<ActionId, string>> {
  const managers = count(workers, (w) => w.grade === "director" || w.grade === "sectionChief");
  const allowance = count(workers, receivesPositionAllowance);
  const all: Record<ActionId, string> = {
    A: `女性管理職を ${managers} 人から ${managers + 1} 人以上に増やす`,
    B: `役職手当の支給対象となる女性従業員を ${allowance} 人から ${allowance + 1} 人以上に増やす`,
    C: `非正規従業員も登用可能な役職を新たに設け、女性の非正規従業員を 1 人以上登用する`,
    D: `非正規従業員を対象とする退職金制度を導入し、女性の非正規従業員 1 人以上を対象とする`,
  };
  const out: Partial<Record<ActionId, string>> = {};
  for (const id of app.actions) out[id] = all[id];
  return out;
}

/**
 * Dated steps inside the implementation period (the grant requires the work there, p.7–9):
 * preparation in the first two months, the appointment or introduction by the period's end.
 */
function steps(id: ActionId, period: DateRange, target: string | undefined): string[] {
  const prepEnd = addDays(addMonthsStart(period.start, 2), -1);
  const prep = `${japaneseDate(period.start)}〜${japaneseDate(prepEnd)}`;
  const act = `${japaneseDate(addDays(prepEnd, 1))}〜${japaneseDate(period.end)}`;
  const where = target ? `「${target}」の` : "";
  switch (id) {
    case "A":
      return [
        `${prep}: ${where}女性従業員から管理職候補を選び、育成計画（研修・業務経験）を定める`,
        `${act}: 候補者を課長級以上の管理職に登用する`,
      ];
    case "B":
      return [
        `${prep}: 係長級など役職手当の対象となる役職の要件を見直し、${where}女性従業員を候補とする`,
        `${act}: 女性従業員を役職に就け、役職手当（月額）を支給する`,
      ];
    case "C":
      return [
        `${prep}: ${where}非正規従業員も就くことのできる役職（例: パートリーダー）を新設し、規程に定める`,
        `${act}: 女性の非正規従業員を新設した役職に登用する`,
      ];
    case "D":
      return [
        `${prep}: 非正規従業員を対象とする退職金制度を設計し、就業規則を改定する`,
        `${act}: 改定した就業規則を労働基準監督署に届け出て、制度を施行する`,
      ];
  }
}

/** The first day of the month `n` months after `date`'s month, kept inside the period by the caller. */
function addMonthsStart(date: CivilDate, n: number): CivilDate {
  const [y, m] = date.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-01`;
}

const ACTION_TITLE: Record<ActionId, string> = {
  A: "女性管理職の増加",
  B: "役職手当の支給対象となる女性従業員の増加",
  C: "非正規従業員でも登用可能な役職の新設",
  D: "非正規従業員の退職金制度の導入",
};

/**
 * 一般事業主行動計画（案）in the standard structure (1. 計画期間, 2. 当社の課題, 3. 目標,
 * 4. 取組内容と実施時期), from the chosen actions and target categories and the application
 * roster's figures. Every step of 4. is dated inside the round's implementation period.
 */
export function actionPlanDraft(
  app: Application,
  applicationWorkers: readonly Worker[],
  figures: PublishFigures,
): ActionPlanDraft {
  const period = app.period;
  const planPeriod = { start: period.start, end: addDays(addYears(period.start, PLAN_YEARS), -1) };
  const targets = planTargets(app, applicationWorkers);
  const issues: string[] = [];
  // One line per category: A and B often target the same one.
  const byCategory = new Map<string, MatchedActionId[]>();
  for (const id of ["A", "B", "C"] as const satisfies readonly MatchedActionId[]) {
    const target = app.targets[id];
    if (!app.actions.includes(id) || target === undefined) continue;
    const key = categoryRatio(applicationWorkers, target).category;
    byCategory.set(key, [...(byCategory.get(key) ?? []), id]);
  }
  for (const [category, ids] of byCategory) {
    const r = categoryRatio(applicationWorkers, category);
    issues.push(
      `・雇用管理区分「${r.category}」の女性労働者の割合が ${formatPercent(r.femaleRatioPercent)}（${r.total} 人中 ${r.women} 人）で、4割を下回っている（取組${ids.join("・")}）`,
    );
  }
  const m = figures.femaleManagerRatio;
  issues.push(
    m.percent === null
      ? "・管理職がいないため、女性管理職の割合を把握できない"
      : `・管理職に占める女性の割合が ${formatPercent(m.percent)}（${m.total} 人中 ${m.women} 人）にとどまっている`,
  );
  const s = figures.femaleSectionChiefRatio;
  if (s.percent !== null)
    issues.push(
      `・係長級に占める女性の割合は ${formatPercent(s.percent)}（${s.total} 人中 ${s.women} 人）である`,
    );
  const gap = figures.wageGap.all.percent;
  if (gap !== null)
    issues.push(`・男女の賃金の差異（全労働者、男性＝100）は ${gap.toFixed(1)} である`);
  if (app.actions.includes("C") || app.actions.includes("D"))
    issues.push("・非正規従業員の処遇（役職への登用、退職金）で正規従業員との差がある");

  const measures: string[] = [];
  app.actions.forEach((id, i) => {
    measures.push(`取組${i + 1}: ${ACTION_TITLE[id]}（取組${id}）`);
    for (const step of steps(id, period, id === "D" ? undefined : app.targets[id]))
      measures.push(`・${step}`);
  });
  measures.push(
    `取組${app.actions.length + 1}: 全ての従業員を対象とした女性活躍推進の研修`,
    `・${japanesePeriod(period)}: 正規・非正規の全従業員を対象に研修を実施し、全員の受講を確認する`,
  );

  return {
    title: "女性活躍推進法に基づく一般事業主行動計画（案）",
    notice:
      "【下書き】この文書は名簿から作成した案です。内容を確認・修正して会社として決定し、東京労働局に届け出て、女性の活躍推進企業データベース等で公表してください。",
    intro:
      "女性が管理職として活躍でき、雇用形態にかかわらず能力を発揮できる職場環境をつくるため、次のように行動計画を策定する。",
    sections: [
      {
        heading: "1. 計画期間",
        paragraphs: [
          `${japanesePeriod(planPeriod)}（${PLAN_YEARS}年間。2年〜5年の範囲で会社が決めてください）`,
        ],
      },
      { heading: "2. 当社の課題", paragraphs: issues },
      {
        heading: "3. 目標",
        paragraphs: app.actions.map(
          (id) => `目標（取組${id}）: ${japaneseDate(period.end)}までに、${targets[id]}`,
        ),
      },
      { heading: "4. 取組内容と実施時期", paragraphs: measures },
    ],
    planPeriod,
    targets,
  };
}
