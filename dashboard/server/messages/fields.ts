import type { Words } from "./words";

/**
 * What is wrong with one field of a request, in Japanese (zod's own English message goes
 * beside it; http/zod-fields.ts picks the entry for each of zod's issues).
 */
export const FIELD_MESSAGES = {
  unrecognizedKey: {
    messageJa:
      "この項目は受け付けていません（個人を特定できる情報を送らないよう、決められた項目以外は拒否します）。",
    messageEn: "Unknown field: only the defined fields are accepted.",
  } satisfies Words,
  required: { messageJa: "必須の項目です。", messageEn: "Required." } satisfies Words,
  wrongTypeJa: (expected: string) => `型が正しくありません（${typeJa(expected)}が必要です）。`,
  tooShortJa: (minimum: string) => `${minimum}文字以上で入力してください。`,
  tooFewJa: (minimum: string) => `${minimum}件以上必要です。`,
  tooSmallJa: (minimum: string) => `${minimum}以上の値にしてください。`,
  tooLongJa: (maximum: string) => `${maximum}文字以下で入力してください。`,
  tooManyJa: (maximum: string) => `${maximum}件以下にしてください。`,
  tooBigJa: (maximum: string) => `${maximum}以下の値にしてください。`,
  literalJa: (literal: string) => `値は ${literal} でなければなりません。`,
  enumJa: (values: readonly string[]) => `使用できない値です（${values.join("、")}のいずれか）。`,
  formatJa: "形式が正しくありません。",
  multipleOfJa: (divisor: string) => `${divisor}の倍数にしてください。`,
  invalidJa: "値が正しくありません。",
};

/** Messages of the shared record schema's own checks (its English message → Japanese). */
export const CUSTOM_MESSAGES_JA: Record<string, string> = {
  "achieved but not selected": "選択していない取組が達成となっています。",
  "at least one of A–C must be selected (D cannot stand alone)":
    "取組A〜Cのいずれかを選択してください（取組Dだけでは申請できません）。",
  "more categories under 40% than categories": "女性比率4割未満の区分数が区分数を超えています。",
  "more trained than employees": "研修の受講者数が従業員数を超えています。",
  "one decimal at most": "小数第1位までで入力してください。",
  "no schedule for this fiscal year": "この年度の申請回の日程表がありません。",
  "two items share an id": "同じ ID の項目が複数あります。項目ごとに別の ID にしてください。",
};

const TYPE_NAMES_JA: Record<string, string> = {
  number: "数値",
  integer: "整数",
  int: "整数",
  string: "文字列",
  boolean: "真偽値（true / false）",
  object: "オブジェクト",
  array: "配列",
  null: "null",
};

function typeJa(expected: string): string {
  return TYPE_NAMES_JA[expected] ?? expected;
}
