import type { Reason } from "./action-result";

/**
 * A note shown with the wage-gap figures. `mustPublish` marks the ones MHLW requires next to
 * the published figures (the method choices), so callers need not read the text.
 */
export interface WageGapNote extends Reason {
  mustPublish: boolean;
}

/** 通勤手当 / 退職手当: the two payments MHLW lets a company leave out of 賃金 (same for both sexes). */
export type WageExclusion = "commuting" | "retirement";

const EXCLUSION_LABEL: Record<WageExclusion, Reason> = {
  commuting: { ja: "通勤手当", en: "commuting allowances" },
  retirement: { ja: "退職手当", en: "retirement allowances" },
};

/** How the figures were computed: MHLW asks that the method be clear with the figures. */
export const METHOD_NOTE: WageGapNote = {
  mustPublish: false,
  ja: "男女の賃金の差異は、男性の平均年間賃金に対する女性の平均年間賃金の割合（%）で、小数点第2位を四捨五入しています。平均は賃金総額÷人数で、「全労働者」は正規・非正規を合算した総額と人数から計算しています（各区分の数値の平均ではありません）",
  en: "The wage gap is women's mean annual wage as a percentage of men's, rounded half up to one decimal. A mean is total wages ÷ headcount; 'all workers' uses the combined totals and headcounts of regular and non-regular workers (not an average of the two group figures)",
};

/** The 2026 extension of the duty to publish (information, not a finding about the roster). */
export const PUBLICATION_DUTY_NOTE: WageGapNote = {
  mustPublish: false,
  ja: "2026年4月1日から、常時雇用する労働者が101人以上の企業は、男女の賃金の差異と女性管理職比率を自ら公表する義務があります",
  en: "Since 2026-04-01, companies with 101 or more regularly employed workers must publish their gender wage gap and female manager ratio themselves",
};

export function dispatchedNote(count: number): WageGapNote {
  return {
    mustPublish: false,
    ja: `派遣労働者${count}人は集計に含めていません（派遣元の労働者として集計されます）`,
    en: `${count} dispatched worker(s) are not included (their agency counts them)`,
  };
}

export function officersNote(count: number): WageGapNote {
  return {
    mustPublish: false,
    ja: `役員${count}人は労働者ではないため集計に含めていません（使用人兼務役員は含めます）`,
    en: `${count} officer(s) are not workers and are not included (officers who are also employees are)`,
  };
}

export function noWageNote(count: number): WageGapNote {
  return {
    mustPublish: false,
    ja: `年間賃金が未入力または不正な${count}人を集計から除いています。公表前に入力してください`,
    en: `${count} worker(s) without a valid annual wage are left out; enter their wages before publishing`,
  };
}

export type FullTimeSource = "given" | "regularMode" | "statutory";

export function hoursConversionNote(
  fullTimeHours: number,
  source: FullTimeSource,
  converted: number,
): WageGapNote {
  const why: Record<FullTimeSource, Reason> = {
    given: { ja: "指定値", en: "as specified" },
    regularMode: {
      ja: "正規従業員で最も多い週所定労働時間",
      en: "the most common weekly hours of regular workers",
    },
    statutory: {
      ja: "正規従業員の所定労働時間が未入力のため法定労働時間",
      en: "the statutory week, as no regular worker has scheduled hours",
    },
  };
  return {
    mustPublish: true,
    ja: `【公表時に注記が必要】非正規従業員のうち週所定労働時間が${fullTimeHours}時間（${why[source].ja}）未満の短時間労働者${converted}人は、週所定労働時間÷${fullTimeHours}時間で人数を換算して平均賃金を計算しています`,
    en: `[Must be published with the figures] ${converted} short-time non-regular worker(s) with fewer weekly hours than ${fullTimeHours} (${why[source].en}) are counted as their weekly hours ÷ ${fullTimeHours} of a person when computing mean wages`,
  };
}

export function missingHoursNote(count: number): WageGapNote {
  return {
    mustPublish: false,
    ja: `週所定労働時間が未入力の非正規従業員${count}人は、換算せず1人として数えています`,
    en: `${count} non-regular worker(s) without weekly hours are counted as one person each, unconverted`,
  };
}

export function invalidFullTimeNote(given: number, used: number): WageGapNote {
  return {
    mustPublish: false,
    ja: `指定された通常の労働者の週所定労働時間（${given}）が 0 より大きく 168 以下の数ではないため、${used}時間を用いました`,
    en: `The given full-time weekly hours (${given}) are not above 0 and at most 168; ${used} hours were used instead`,
  };
}

/**
 * Interpretation: the roster has one 年間賃金 per worker, as the user entered it; we cannot
 * take allowances out of it. Choosing an exclusion therefore records that the user entered
 * wages without those allowances, for both sexes alike, and says so with the figures (MHLW
 * asks that the choice be stated).
 */
export function exclusionsNote(exclusions: readonly WageExclusion[]): WageGapNote {
  const ja = exclusions.map((e) => EXCLUSION_LABEL[e].ja).join("・");
  const en = exclusions.map((e) => EXCLUSION_LABEL[e].en).join(" and ");
  return {
    mustPublish: true,
    ja: `【公表時に注記が必要】賃金から${ja}を除いています（男女とも同じ扱い）。名簿の年間賃金は${ja}を除いた額で入力されている前提で計算しています`,
    en: `[Must be published with the figures] ${en} are excluded from wages, for women and men alike. The roster's annual wages are taken to have been entered without them`,
  };
}
