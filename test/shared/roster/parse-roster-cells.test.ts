import type { RosterIssue } from "../../../shared/roster/issue";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { COLUMN_INDEX, only, sheet, type RowInput } from "./roster-cells";

/** The single issue that one damaged cell of an otherwise valid row produces. */
function issueFor(input: RowInput): RosterIssue {
  const result = parseRoster(sheet([input]));
  expect(result.issues).toHaveLength(1);
  return result.issues[0]!;
}

describe("cell errors: enumerations", () => {
  it("INVALID_VALUE names the column and value and lists what to type", () => {
    expect(issueFor({ employmentType: "出向" })).toEqual<RosterIssue>({
      severity: "error",
      code: "INVALID_VALUE",
      row: 2,
      column: "雇用形態",
      columnIndex: COLUMN_INDEX.employmentType,
      value: "出向",
      messageJa: "「雇用形態」の値「出向」は使えません。",
      messageEn: '"出向" is not an accepted value for "雇用形態".',
      fixJa: "「正規」「非正規」「派遣」のいずれかを入力してください。",
      fixEn: "Enter one of: 正規 (regular), 非正規 (non-regular), 派遣 (dispatched).",
    });
  });

  it.each([
    ["gender", "「女性」「男性」のいずれかを入力してください。"],
    ["grade", "「役員」「部長級」「課長級」「係長級」「一般」のいずれかを入力してください。"],
    ["term", "「無期」「有期」のいずれかを入力してください。"],
    ["retirementPlan", "「対象」「対象外」のいずれかを入力してください。"],
    ["workplace", "「都内」「都外」のいずれかを入力してください。"],
    ["employmentInsurance", "「加入」「未加入」のいずれかを入力してください。"],
  ] as const)("%s: the fix lists the template's values", (key, fixJa) => {
    const issue = issueFor({ [key]: "??" });
    expect([issue.code, issue.columnIndex, issue.fixJa]).toEqual([
      "INVALID_VALUE",
      COLUMN_INDEX[key],
      fixJa,
    ]);
  });

  it("Excel booleans and numbers in an enumeration are INVALID_VALUE", () => {
    expect(issueFor({ gender: true })).toMatchObject({ code: "INVALID_VALUE", value: "TRUE" });
    expect(issueFor({ workplace: false })).toMatchObject({ code: "INVALID_VALUE", value: "FALSE" });
    expect(issueFor({ grade: 1 })).toMatchObject({ code: "INVALID_VALUE", value: "1" });
  });

  it("a boolean in a date or amount column is reported too; in a text column it is text", () => {
    expect(issueFor({ hireDate: true })).toMatchObject({ code: "INVALID_DATE", value: "TRUE" });
    expect(issueFor({ annualWage: false })).toMatchObject({ code: "NOT_A_NUMBER", value: "FALSE" });
    const [worker] = parseRoster(sheet([{ category: true }])).workers;
    expect(worker!.category).toBe("TRUE");
  });
});

describe("cell errors: dates", () => {
  it("an impossible date", () => {
    expect(issueFor({ hireDate: "2025-02-29" })).toMatchObject({
      code: "INVALID_DATE",
      column: "採用日",
      columnIndex: COLUMN_INDEX.hireDate,
      value: "2025-02-29",
      messageJa: "「採用日」の値「2025-02-29」は存在しない日付です。",
    });
  });

  it("a date outside its era names the right era date in the fix", () => {
    expect(issueFor({ appointmentDate: "平成31年5月1日" })).toMatchObject({
      code: "INVALID_DATE",
      columnIndex: COLUMN_INDEX.appointmentDate,
      messageJa: "「就任日」の値「平成31年5月1日」は平成の期間外の日付です。",
      fixJa: "2019年5月1日であれば「令和元年5月1日」と入力してください。",
    });
    expect(issueFor({ trainingDate: "令和元年4月30日" }).fixJa).toBe(
      "2019年4月30日であれば「平成31年4月30日」と入力してください。",
    );
  });

  it("serial 60 and unreadable text", () => {
    expect(issueFor({ hireDate: 60 })).toMatchObject({ code: "INVALID_DATE", value: "60" });
    expect(issueFor({ hireDate: "60" }).messageJa).toContain("1900年2月29日");
    expect(issueFor({ trainingDate: "来月" })).toMatchObject({
      code: "INVALID_DATE",
      fixJa: "2025/10/1、2025年10月1日、令和7年10月1日 のように入力してください。",
    });
    expect(issueFor({ hireDate: -3 })).toMatchObject({ code: "INVALID_DATE", value: "-3" });
  });

  it("valid edge dates: 2024-02-29, 平成31年4月30日, serial 61 and 1", () => {
    const [a, b, c, d] = parseRoster(
      sheet([
        { hireDate: "2024-02-29" },
        { hireDate: "平成31年4月30日" },
        { hireDate: 61 },
        { hireDate: "1" },
      ]),
    ).workers;
    expect([a!.hireDate, b!.hireDate, c!.hireDate, d!.hireDate]).toEqual([
      "2024-02-29",
      "2019-04-30",
      "1900-03-01",
      "1900-01-01",
    ]);
  });
});

describe("cell errors: amounts and hours", () => {
  it.each([
    [{ annualWage: "-5" }, "NEGATIVE_AMOUNT", "annualWage"],
    [{ annualWage: "△5" }, "NEGATIVE_AMOUNT", "annualWage"],
    [{ positionAllowance: "▲5,000" }, "NEGATIVE_AMOUNT", "positionAllowance"],
    [{ positionAllowance: -5 }, "NEGATIVE_AMOUNT", "positionAllowance"],
    [{ annualWage: "abc" }, "NOT_A_NUMBER", "annualWage"],
    [{ positionAllowance: "五千" }, "NOT_A_NUMBER", "positionAllowance"],
    [{ annualWage: "1000.5" }, "NOT_WHOLE_YEN", "annualWage"],
    [{ positionAllowance: 0.5 }, "NOT_WHOLE_YEN", "positionAllowance"],
    [{ weeklyHours: "abc" }, "NOT_A_NUMBER", "weeklyHours"],
    [{ weeklyHours: "0" }, "INVALID_VALUE", "weeklyHours"],
    [{ weeklyHours: -1 }, "INVALID_VALUE", "weeklyHours"],
    [{ weeklyHours: "200" }, "INVALID_VALUE", "weeklyHours"],
  ] as const)("%o → %s", (input, code, key) => {
    const issue = issueFor(input);
    expect([issue.code, issue.row, issue.columnIndex, issue.severity]).toEqual([
      code,
      2,
      COLUMN_INDEX[key],
      "error",
    ]);
  });

  it("messages and fixes for amounts", () => {
    expect(issueFor({ annualWage: "-5" })).toMatchObject({
      messageJa: "「年間賃金」の値「-5」がマイナスです。",
      fixJa: "0以上の金額を入力してください。",
    });
    expect(issueFor({ annualWage: "1.5" })).toMatchObject({
      messageJa: "「年間賃金」の値「1.5」に1円未満の端数があります。",
    });
    expect(issueFor({ positionAllowance: "x" })).toMatchObject({
      messageJa: "「役職手当（月額）」の値「x」は数値として読めません。",
      fixJa: "円単位の整数を入力してください（例: 20000、20,000）。",
    });
  });
});

describe("the same bad value in many rows", () => {
  it("is reported on each row (outcomes are cached, issues are not)", () => {
    const result = parseRoster(sheet([{ gender: "X" }, { gender: "X" }, {}, { gender: "X" }]));
    expect(result.issues.map((i) => i.row)).toEqual([2, 3, 5]);
    expect(result.issues[0]).not.toBe(result.issues[1]);
    expect(only(parseRoster(sheet([{ gender: "X" }])), "INVALID_VALUE").value).toBe("X");
  });
});
