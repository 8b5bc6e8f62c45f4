import type { ColumnKey, EmploymentType, Gender, Grade, Term, Workplace } from "./worker";

/** The template columns whose cells pick one of a fixed set of values. */
export type EnumKey =
  | "gender"
  | "employmentType"
  | "term"
  | "grade"
  | "officerEmployee"
  | "expectedOneYear"
  | "retirementPlan"
  | "workplace"
  | "employmentInsurance";

export type EnumValue = Gender | EmploymentType | Term | Grade | Workplace | boolean;

/** A value as the template names it, for the fix that lists what may be typed. */
export interface CanonicalValue {
  ja: string;
  en: string;
}

interface EnumTable {
  /** Accepted spellings, lower-cased after normalizeText, to the value. */
  values: ReadonlyMap<string, EnumValue>;
  canonical: readonly CanonicalValue[];
}

function table(
  canonical: readonly CanonicalValue[],
  entries: readonly (readonly [EnumValue, readonly string[]])[],
): EnumTable {
  const values = new Map<string, EnumValue>();
  for (const [value, spellings] of entries) {
    for (const spelling of spellings) values.set(spelling.toLowerCase(), value);
  }
  return { values, canonical };
}

/** はい / いいえ columns (使用人兼務, 1年以上雇用見込み). */
function yesNo(): EnumTable {
  return table(
    [
      { ja: "はい", en: "yes" },
      { ja: "いいえ", en: "no" },
    ],
    [
      [true, ["はい", "yes", "Y", "○", "有", "あり"]],
      [false, ["いいえ", "no", "N", "×", "無", "なし"]],
    ],
  );
}

/**
 * Spellings beyond the template's are ones HR systems export verbatim (正社員, パートタイマー,
 * 部長): accepting them costs nothing and each maps to one value only.
 */
export const ENUMS: Readonly<Record<EnumKey, EnumTable>> = {
  gender: table(
    [
      { ja: "女性", en: "woman" },
      { ja: "男性", en: "man" },
    ],
    [
      ["woman", ["女性", "女", "F", "female"]],
      ["man", ["男性", "男", "M", "male"]],
    ],
  ),
  employmentType: table(
    [
      { ja: "正規", en: "regular" },
      { ja: "非正規", en: "non-regular" },
      { ja: "派遣", en: "dispatched" },
    ],
    [
      ["regular", ["正規", "正社員", "正規社員", "正規従業員"]],
      [
        "nonRegular",
        ["非正規", "非正規社員", "非正規従業員", "パート", "パートタイマー", "パート社員"],
      ],
      ["nonRegular", ["アルバイト", "契約社員", "嘱託", "嘱託社員"]],
      ["dispatched", ["派遣", "派遣社員", "派遣労働者"]],
    ],
  ),
  term: table(
    [
      { ja: "無期", en: "indefinite" },
      { ja: "有期", en: "fixed-term" },
    ],
    [
      ["indefinite", ["無期", "無期雇用", "無期契約"]],
      ["fixed", ["有期", "有期雇用", "有期契約"]],
    ],
  ),
  grade: table(
    [
      { ja: "役員", en: "officer" },
      { ja: "部長級", en: "director level" },
      { ja: "課長級", en: "section-chief level" },
      { ja: "係長級", en: "subsection-chief level" },
      { ja: "一般", en: "none" },
    ],
    [
      ["officer", ["役員"]],
      ["director", ["部長級", "部長"]],
      ["sectionChief", ["課長級", "課長"]],
      ["subsectionChief", ["係長級", "係長"]],
      ["none", ["一般"]],
    ],
  ),
  officerEmployee: yesNo(),
  expectedOneYear: yesNo(),
  retirementPlan: table(
    [
      { ja: "対象", en: "covered" },
      { ja: "対象外", en: "not covered" },
    ],
    [
      [true, ["対象"]],
      [false, ["対象外"]],
    ],
  ),
  workplace: table(
    [
      { ja: "都内", en: "in Tokyo" },
      { ja: "都外", en: "outside Tokyo" },
    ],
    [
      ["tokyo", ["都内"]],
      ["outside", ["都外"]],
    ],
  ),
  employmentInsurance: table(
    [
      { ja: "加入", en: "insured" },
      { ja: "未加入", en: "not insured" },
    ],
    [
      [true, ["加入"]],
      [false, ["未加入"]],
    ],
  ),
};

export function isEnumKey(key: ColumnKey): key is EnumKey {
  return key in ENUMS;
}

/** The value a normalised cell text stands for, case-insensitively; undefined if none. */
export function parseEnum(key: EnumKey, normalised: string): EnumValue | undefined {
  const values = ENUMS[key].values;
  return values.get(normalised) ?? values.get(normalised.toLowerCase());
}

/** 職階 in the template's words, for warnings that quote it. */
export function gradeLabel(grade: Grade): CanonicalValue {
  const index = ["officer", "director", "sectionChief", "subsectionChief", "none"].indexOf(grade);
  return ENUMS.grade.canonical[index]!;
}

export function genderLabel(gender: Gender): CanonicalValue {
  return ENUMS.gender.canonical[gender === "woman" ? 0 : 1]!;
}
