import type { CivilDate } from "../dates/civil-date";
import { gradeLabel } from "../roster/parse-enums";
import type { Grade, Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { countedWorkers } from "./counted-workers";
import { reason } from "./explain";
import { tenureMonths } from "./tenure";
import { wageGap, type GroupGap, type WageGapOptions } from "./wage-gap";

/** A cell with fewer people of a sex than this shows no figure: two people's mean is their pay. */
export const MIN_CELL_PEOPLE = 3;

/** The gap within one 職階 or one tenure band. */
export interface BreakdownCell {
  key: string;
  label: Reason;
  /** People (or person-equivalents with the hours conversion) with a wage, by sex. */
  women: number;
  men: number;
  /** The MHLW figure within the cell; null when hidden (see `hidden`) or impossible. */
  percent: number | null;
  /** True when a sex has fewer than MIN_CELL_PEOPLE: shown as "—", never as a number. */
  hidden: boolean;
  reason?: Reason;
}

/** How much of the gap the 職階 mix explains: women reweighted to men's distribution over grades. */
export interface GradeMixExplanation {
  /** The MHLW all-workers figure. */
  rawPercent: number | null;
  /** The figure if women were spread over 職階 as men are (one decimal); null when it cannot be computed. */
  reweightedPercent: number | null;
  /** reweighted − raw, one decimal: the points the grade mix accounts for. */
  explainedPoints: number | null;
  /** The plain-Japanese sentence (and its English twin). */
  sentence: Reason;
  /** What the reweighting assumed, when a grade has men but no women. */
  assumption?: Reason;
}

export interface WageGapBreakdown {
  byGrade: BreakdownCell[];
  byTenure: BreakdownCell[];
  gradeMix: GradeMixExplanation;
}

const GRADE_ORDER: readonly Grade[] = [
  "officer",
  "director",
  "sectionChief",
  "subsectionChief",
  "none",
];

const TENURE_BANDS: {
  key: string;
  label: Reason;
  holds: (months: number | undefined) => boolean;
}[] = [
  {
    key: "under3",
    label: reason("3年未満", "under 3 years"),
    holds: (m) => m !== undefined && m < 36,
  },
  {
    key: "3to9",
    label: reason("3〜9年", "3–9 years"),
    holds: (m) => m !== undefined && m >= 36 && m < 120,
  },
  {
    key: "10plus",
    label: reason("10年以上", "10 years or more"),
    holds: (m) => m !== undefined && m >= 120,
  },
  { key: "unknown", label: reason("採用日なし", "no hire date"), holds: (m) => m === undefined },
];

const round1 = (x: number): number => Math.round(x * 10) / 10;

function cell(key: string, label: Reason, gap: GroupGap): BreakdownCell {
  const women = gap.women.headcount;
  const men = gap.men.headcount;
  if (women < MIN_CELL_PEOPLE || men < MIN_CELL_PEOPLE)
    return {
      key,
      label,
      women,
      men,
      percent: null,
      hidden: true,
      reason: reason(
        `女性または男性が${MIN_CELL_PEOPLE}人未満のため数値を示しません（個人の賃金が分かるため）`,
        `Fewer than ${MIN_CELL_PEOPLE} women or men: no figure, as it would reveal individual pay`,
      ),
    };
  const out: BreakdownCell = { key, label, women, men, percent: gap.percent, hidden: false };
  if (gap.reason) out.reason = gap.reason;
  return out;
}

function gradeMix(grades: { grade: Grade; gap: GroupGap }[], all: GroupGap): GradeMixExplanation {
  const raw = all.percent;
  const menMean = all.men.meanWage;
  const menTotal = all.men.headcount;
  const none = (why: Reason): GradeMixExplanation => ({
    rawPercent: raw,
    reweightedPercent: null,
    explainedPoints: null,
    sentence: why,
  });
  if (raw === null || menMean === null || menMean === 0 || menTotal === 0)
    return none(
      reason(
        "全労働者の差異が算出できないため、職階の構成による説明もできません",
        "No all-workers figure, so the grade mix cannot be assessed",
      ),
    );
  const common = grades.filter((g) => g.gap.women.meanWage !== null && g.gap.men.meanWage !== null);
  const menInCommon = common.reduce((s, g) => s + g.gap.men.headcount * g.gap.men.meanWage!, 0);
  if (common.length === 0 || menInCommon === 0)
    return none(
      reason(
        "男女がともにいる職階がないため、職階の構成による説明はできません",
        "No grade has both women and men, so the grade mix cannot be assessed",
      ),
    );
  // Within-grade ratio, weighted by men: stands in for women's pay in grades that have no women.
  const within =
    common.reduce((s, g) => s + g.gap.men.headcount * g.gap.women.meanWage!, 0) / menInCommon;
  let counterfactual = 0;
  const missing: string[] = [];
  for (const { grade, gap } of grades) {
    if (gap.men.headcount === 0 || gap.men.meanWage === null) continue;
    const share = gap.men.headcount / menTotal;
    if (gap.women.meanWage !== null) counterfactual += share * gap.women.meanWage;
    else {
      counterfactual += share * gap.men.meanWage * within;
      missing.push(gradeLabel(grade).ja);
    }
  }
  const reweighted = (counterfactual / menMean) * 100;
  const explained = round1(reweighted - raw);
  const rest = round1(100 - raw - explained);
  const sentence =
    explained >= 0
      ? reason(
          `差異 ${raw.toFixed(1)} のうち、職階の構成の違いで説明できるのは約 ${explained.toFixed(1)} ポイントです（女性が男性と同じ職階の構成なら約 ${round1(reweighted).toFixed(1)}）。残る約 ${rest.toFixed(1)} ポイントは同じ職階の中の男女差などによるものです`,
          `Of the gap figure ${raw.toFixed(1)}, about ${explained.toFixed(1)} points are explained by the different grade mix (with men's mix, women would be at about ${round1(reweighted).toFixed(1)}). The remaining ${rest.toFixed(1)} points come from differences within grades and other factors`,
        )
      : reason(
          `差異 ${raw.toFixed(1)} は職階の構成では説明できません。女性が男性と同じ職階の構成なら約 ${round1(reweighted).toFixed(1)} で、差はむしろ約 ${(-explained).toFixed(1)} ポイント広がります`,
          `The grade mix does not explain the gap figure ${raw.toFixed(1)}: with men's mix women would be at about ${round1(reweighted).toFixed(1)}, ${(-explained).toFixed(1)} points further apart`,
        );
  const out: GradeMixExplanation = {
    rawPercent: raw,
    reweightedPercent: round1(reweighted),
    explainedPoints: explained,
    sentence,
  };
  if (missing.length > 0)
    out.assumption = reason(
      `女性のいない職階（${missing.join("・")}）では、女性の賃金を「男性の平均 × 男女がともにいる職階での比（${(within * 100).toFixed(1)}%）」とみなしています`,
      `For grades without women (${missing.join(", ")}), women's pay is taken as men's mean × the within-grade ratio where both sexes are present (${(within * 100).toFixed(1)}%)`,
    );
  return out;
}

/**
 * Why the gap is what it is: the MHLW figure within each 職階 and each tenure band (<3, 3–9,
 * 10+ years from 採用日 to `asOf`), cells with fewer than three women or men hidden, and how
 * much of the all-workers gap the grade mix explains — the figure women would have if they were
 * spread over the grades as men are (reweighting), compared with the actual one.
 */
export function wageGapBreakdown(
  workers: readonly Worker[],
  asOf: CivilDate,
  options: WageGapOptions = {},
): WageGapBreakdown {
  const counted = countedWorkers(workers);
  const grades = GRADE_ORDER.map((grade) => ({
    grade,
    gap: wageGap(
      counted.filter((w) => w.grade === grade),
      options,
    ).all,
  })).filter((g) => g.gap.women.headcount + g.gap.men.headcount > 0);
  const byTenure = TENURE_BANDS.map((band) => ({
    band,
    gap: wageGap(
      counted.filter((w) => band.holds(tenureMonths(w, asOf))),
      options,
    ).all,
  }))
    .filter((b) => b.gap.women.headcount + b.gap.men.headcount > 0)
    .map((b) => cell(b.band.key, b.band.label, b.gap));
  return {
    byGrade: grades.map((g) => cell(g.grade, gradeLabel(g.grade), g.gap)),
    byTenure,
    gradeMix: gradeMix(grades, wageGap(counted, options).all),
  };
}
