import type { z } from "zod";
import type { FieldProblem } from "./api-error";
import { ACCOUNT_FIELD_JA } from "../messages/accounts";
import { UNSTORABLE_TEXT_JA } from "../messages/security";

/** Messages of the shared record schema's own checks, in Japanese. */
const CUSTOM_MESSAGES: Record<string, string> = {
  "achieved but not selected": "選択していない取組が達成となっています。",
  "at least one of A–C must be selected (D cannot stand alone)":
    "取組A〜Cのいずれかを選択してください（取組Dだけでは申請できません）。",
  "more categories under 40% than categories": "女性比率4割未満の区分数が区分数を超えています。",
  "more trained than employees": "研修の受講者数が従業員数を超えています。",
  "one decimal at most": "小数第1位までで入力してください。",
  "no schedule for this fiscal year": "この年度の申請回の日程表がありません。",
  ...UNSTORABLE_TEXT_JA,
  ...ACCOUNT_FIELD_JA,
};

/** One problem zod found (zod 4's issue type). */
type Issue = z.core.$ZodIssue;

/**
 * zod's issues → fields at fault, each with a Japanese and an English message. The `code` of a
 * field keeps the names the API has always used (zod 3's: `invalid_enum_value`,
 * `invalid_literal`, `invalid_string`), so clients do not see the library change.
 * Parse with `{ reportInput: true }`: a missing field is then told apart from a wrong one.
 */
export function fieldsFromIssues(
  issues: readonly Issue[],
  prefix: readonly (string | number)[] = [],
): FieldProblem[] {
  const fields: FieldProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map(keyOf)];
    if (issue.code === "unrecognized_keys") {
      // One entry per unknown key: the client sees exactly what to remove.
      for (const key of issue.keys) {
        fields.push({
          path: joinPath([...path, key]),
          code: "unrecognized_key",
          messageJa:
            "この項目は受け付けていません（個人を特定できる情報を送らないよう、決められた項目以外は拒否します）。",
          messageEn: "Unknown field: only the defined fields are accepted.",
        });
      }
      continue;
    }
    fields.push({ path: joinPath(path), code: apiCode(issue), ...messages(issue) });
  }
  return fields;
}

export function joinPath(path: readonly (string | number)[]): string {
  return path.map(String).join(".");
}

/** Object keys of JSON are strings and array indexes numbers; a symbol cannot come from JSON. */
function keyOf(key: PropertyKey): string | number {
  return typeof key === "symbol" ? String(key) : key;
}

function apiCode(issue: Issue): string {
  switch (issue.code) {
    case "invalid_value":
      return issue.values.length === 1 ? "invalid_literal" : "invalid_enum_value";
    case "invalid_format":
      return "invalid_string";
    default:
      return issue.code;
  }
}

function messages(issue: Issue): { messageJa: string; messageEn: string } {
  switch (issue.code) {
    case "invalid_type":
      return "input" in issue && issue.input === undefined
        ? { messageJa: "必須の項目です。", messageEn: "Required." }
        : {
            messageJa: `型が正しくありません（${typeJa(issue.expected)}が必要です）。`,
            messageEn:
              "input" in issue
                ? `Expected ${issue.expected}, received ${typeOf(issue.input)}.`
                : issue.message,
          };
    case "too_small":
      return {
        messageJa:
          issue.origin === "string"
            ? `${String(issue.minimum)}文字以上で入力してください。`
            : issue.origin === "array"
              ? `${String(issue.minimum)}件以上必要です。`
              : `${String(issue.minimum)}以上の値にしてください。`,
        messageEn: issue.message,
      };
    case "too_big":
      return {
        messageJa:
          issue.origin === "string"
            ? `${String(issue.maximum)}文字以下で入力してください。`
            : issue.origin === "array"
              ? `${String(issue.maximum)}件以下にしてください。`
              : `${String(issue.maximum)}以下の値にしてください。`,
        messageEn: issue.message,
      };
    case "invalid_value":
      return {
        messageJa:
          issue.values.length === 1
            ? `値は ${literal(issue.values[0])} でなければなりません。`
            : `使用できない値です（${issue.values.map(String).join("、")}のいずれか）。`,
        messageEn: issue.message,
      };
    case "invalid_format":
      return { messageJa: "形式が正しくありません。", messageEn: issue.message };
    case "not_multiple_of":
      return {
        messageJa: `${String(issue.divisor)}の倍数にしてください。`,
        messageEn: issue.message,
      };
    case "custom":
      return {
        messageJa: CUSTOM_MESSAGES[issue.message] ?? "値が正しくありません。",
        messageEn: issue.message,
      };
    default:
      return { messageJa: "値が正しくありません。", messageEn: issue.message };
  }
}

/** A literal as JSON shows it (bigint has no JSON form: its digits). */
function literal(value: unknown): string {
  return typeof value === "bigint" ? String(value) : JSON.stringify(value);
}

/** The JSON type of a value, in zod 3's words: "null", "array" and "nan" are their own. */
function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number" && Number.isNaN(value)) return "nan";
  return typeof value;
}

function typeJa(expected: string): string {
  const names: Record<string, string> = {
    number: "数値",
    integer: "整数",
    int: "整数",
    string: "文字列",
    boolean: "真偽値（true / false）",
    object: "オブジェクト",
    array: "配列",
    null: "null",
  };
  return names[expected] ?? expected;
}
