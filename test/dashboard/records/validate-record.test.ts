import { checkRecord } from "../../../dashboard/server/records/validate-record";
import type { FieldProblem } from "../../../dashboard/server/http/api-error";
import { makeRecord } from "../support/records";

/**
 * What a client is told for each kind of mistake in a record: the path, the API's code (the
 * names the API has used since zod 3, whatever zod calls them now) and the Japanese message,
 * written out by hand here.
 */
function problemsOf(change: (record: Record<string, unknown>) => void): FieldProblem[] {
  const record = JSON.parse(JSON.stringify(makeRecord())) as Record<string, unknown>;
  change(record);
  const check = checkRecord(record);
  if (check.ok) throw new Error("the changed record was accepted");
  return check.fields;
}

const counts = (record: Record<string, unknown>) =>
  (record["counts"] as Record<string, Record<string, Record<string, unknown>>>)["report"]![
    "managers"
  ]!;

describe("checkRecord: every kind of mistake is named by path, code and message", () => {
  it("accepts the record as built, lower-casing its id", () => {
    const record = { ...makeRecord(), submissionId: "ABCDEF01-2345-6789-ABCD-EF0123456789" };
    const check = checkRecord(record);
    expect(check.ok && check.record.submissionId).toBe("abcdef01-2345-6789-abcd-ef0123456789");
  });

  it.each<[string, (r: Record<string, unknown>) => void, FieldProblem[]]>([
    [
      "a missing field",
      (r) => delete r["fiscalYear"],
      [
        {
          path: "fiscalYear",
          code: "invalid_type",
          messageJa: "必須の項目です。",
          messageEn: "Required.",
        },
      ],
    ],
    [
      "text where a number belongs",
      (r) => (counts(r)["women"] = "2"),
      [
        {
          path: "counts.report.managers.women",
          code: "invalid_type",
          messageJa: "型が正しくありません（数値が必要です）。",
          messageEn: "Expected number, received string.",
        },
      ],
    ],
    [
      "null where a number belongs",
      (r) => (counts(r)["men"] = null),
      [
        {
          path: "counts.report.managers.men",
          code: "invalid_type",
          messageJa: "型が正しくありません（数値が必要です）。",
          messageEn: "Expected number, received null.",
        },
      ],
    ],
    [
      "a fraction where a count belongs",
      (r) => (counts(r)["women"] = 1.5),
      [
        expect.objectContaining({
          path: "counts.report.managers.women",
          code: "invalid_type",
          messageJa: "型が正しくありません（整数が必要です）。",
        }) as FieldProblem,
      ],
    ],
    [
      "a negative count",
      (r) => (counts(r)["women"] = -1),
      [
        expect.objectContaining({
          path: "counts.report.managers.women",
          code: "too_small",
          messageJa: "0以上の値にしてください。",
        }) as FieldProblem,
      ],
    ],
    [
      "a round the fiscal year's schedule does not have (FY2025 has six)",
      (r) => (r["round"] = 7),
      [
        expect.objectContaining({
          path: "round",
          code: "unknown_round",
          messageJa: "2025年度 第7回は日程表にありません。",
        }) as FieldProblem,
      ],
    ],
    [
      "a round past the column's bound",
      (r) => (r["round"] = 100),
      [
        expect.objectContaining({
          path: "round",
          code: "too_big",
          messageJa: "99以下の値にしてください。",
        }) as FieldProblem,
      ],
    ],
    [
      "a size band that does not exist",
      (r) => (r["sizeBand"] = "301-"),
      [
        expect.objectContaining({
          path: "sizeBand",
          code: "invalid_enum_value",
          messageJa: "使用できない値です（1-29、30-99、100-300のいずれか）。",
        }) as FieldProblem,
      ],
    ],
    [
      "another schema version",
      (r) => (r["schemaVersion"] = 2),
      [
        expect.objectContaining({
          path: "schemaVersion",
          code: "invalid_literal",
          messageJa: "値は 1 でなければなりません。",
        }) as FieldProblem,
      ],
    ],
    [
      "an id that is not a UUID",
      (r) => (r["submissionId"] = "not-a-uuid"),
      [
        expect.objectContaining({
          path: "submissionId",
          code: "invalid_string",
          messageJa: "形式が正しくありません。",
        }) as FieldProblem,
      ],
    ],
    [
      "a grant that is not a multiple of ¥100,000",
      (r) => (r["projectedGrantYen"] = 150_000),
      [
        expect.objectContaining({
          path: "projectedGrantYen",
          code: "not_multiple_of",
          messageJa: "100000の倍数にしてください。",
        }) as FieldProblem,
      ],
    ],
    [
      "a wage gap with two decimals",
      (r) => ((r["wageGap"] as Record<string, unknown>)["all"] = 72.55),
      [
        {
          path: "wageGap.all",
          code: "custom",
          messageJa: "小数第1位までで入力してください。",
          messageEn: "one decimal at most",
        },
      ],
    ],
    [
      "an action achieved but not selected",
      (r) => {
        const actions = r["actions"] as Record<string, Record<string, boolean>>;
        actions["selected"]!["B"] = false;
        actions["achieved"]!["B"] = true;
      },
      [
        {
          path: "actions.achieved.B",
          code: "custom",
          messageJa: "選択していない取組が達成となっています。",
          messageEn: "achieved but not selected",
        },
      ],
    ],
    [
      "a field the schema does not know (a name riding along)",
      (r) => (r["companyName"] = "株式会社デモ"),
      [
        expect.objectContaining({
          path: "companyName",
          code: "unrecognized_key",
        }) as FieldProblem,
      ],
    ],
  ])("%s", (_what, change, expected) => {
    expect(problemsOf(change)).toEqual(expected);
  });

  it("a round missing from the schedule is named after the schema passed", () => {
    const check = checkRecord({ ...makeRecord(), fiscalYear: 2031 });
    expect(check).toEqual({
      ok: false,
      fields: [expect.objectContaining({ path: "round", code: "unknown_round" })],
    });
  });
});
