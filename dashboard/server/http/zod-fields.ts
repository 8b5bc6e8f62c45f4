import type { ZodIssue } from "zod";
import type { FieldProblem } from "./api-error";

/** Messages of the shared record schema's own checks, in Japanese. */
const CUSTOM_MESSAGES: Record<string, string> = {
  "achieved but not selected": "選択していない取組が達成となっています。",
  "at least one of A–C must be selected (D cannot stand alone)":
    "取組A〜Cのいずれかを選択してください（取組Dだけでは申請できません）。",
  "more categories under 40% than categories": "女性比率4割未満の区分数が区分数を超えています。",
  "more trained than employees": "研修の受講者数が従業員数を超えています。",
  "one decimal at most": "小数第1位までで入力してください。",
  "no schedule for this fiscal year": "この年度の申請回の日程表がありません。",
};

/** zod's issues → fields at fault, each with a Japanese and an English message. */
export function fieldsFromIssues(
  issues: readonly ZodIssue[],
  prefix: readonly (string | number)[] = [],
): FieldProblem[] {
  const fields: FieldProblem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
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
    fields.push({ path: joinPath(path), code: issue.code, ...messages(issue) });
  }
  return fields;
}

export function joinPath(path: readonly (string | number)[]): string {
  return path.map(String).join(".");
}

function messages(issue: ZodIssue): { messageJa: string; messageEn: string } {
  switch (issue.code) {
    case "invalid_type":
      return issue.received === "undefined"
        ? { messageJa: "必須の項目です。", messageEn: "Required." }
        : {
            messageJa: `型が正しくありません（${typeJa(issue.expected)}が必要です）。`,
            messageEn: `Expected ${issue.expected}, received ${issue.received}.`,
          };
    case "too_small":
      return issue.type === "string"
        ? {
            messageJa: `${String(issue.minimum)}文字以上で入力してください。`,
            messageEn: issue.message,
          }
        : issue.type === "array"
          ? { messageJa: `${String(issue.minimum)}件以上必要です。`, messageEn: issue.message }
          : {
              messageJa: `${String(issue.minimum)}以上の値にしてください。`,
              messageEn: issue.message,
            };
    case "too_big":
      return issue.type === "string"
        ? {
            messageJa: `${String(issue.maximum)}文字以下で入力してください。`,
            messageEn: issue.message,
          }
        : issue.type === "array"
          ? {
              messageJa: `${String(issue.maximum)}件以下にしてください。`,
              messageEn: issue.message,
            }
          : {
              messageJa: `${String(issue.maximum)}以下の値にしてください。`,
              messageEn: issue.message,
            };
    case "invalid_enum_value":
      return {
        messageJa: `使用できない値です（${issue.options.map(String).join("、")}のいずれか）。`,
        messageEn: issue.message,
      };
    case "invalid_literal":
      return {
        messageJa: `値は ${JSON.stringify(issue.expected)} でなければなりません。`,
        messageEn: issue.message,
      };
    case "invalid_string":
      return { messageJa: "形式が正しくありません。", messageEn: issue.message };
    case "not_multiple_of":
      return {
        messageJa: `${String(issue.multipleOf)}の倍数にしてください。`,
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

function typeJa(expected: string): string {
  const names: Record<string, string> = {
    number: "数値",
    integer: "整数",
    string: "文字列",
    boolean: "真偽値（true / false）",
    object: "オブジェクト",
    array: "配列",
    null: "null",
  };
  return names[expected] ?? expected;
}
