import { buildResultSheets } from "../../../shared/sheets/build-result-sheets";
import type { ResultSheet } from "../../../shared/sheets/result-sheet";
import {
  APP_AB,
  APPLICATION,
  column,
  evaluate,
  PERIOD,
  records,
  REPORT,
  sheetNamed,
} from "./fixtures";

const sheets = buildResultSheets({
  application: APPLICATION,
  report: REPORT,
  app: APP_AB,
  evaluation: evaluate(APP_AB),
});

function ids(sheet: ResultSheet): string[] {
  return column(sheet, "社員番号") as string[];
}

describe("男女別一覧 at application", () => {
  test("the target category lists its counted workers, women first, dispatched left out", () => {
    const sheet = sheetNamed(sheets, "申請時_区分_総合職");
    expect(ids(sheet)).toEqual(["E001", "E004", "E002", "E003", "E005", "E006", "E014"]);
    expect(column(sheet, "性別")).toEqual(["女性", "女性", "男性", "男性", "男性", "男性", "男性"]);
    expect(column(sheet, "No.")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(sheet.rows[0]![0]).toContain("増加対象とする雇用管理区分「総合職」の男女別一覧");
    expect(sheet.rows[0]![0]).toContain("取組A・B");
    expect(sheet.rows[1]![0]).toBe(
      "女性 2 人・男性 5 人・計 7 人（女性比率 28.6%）。女性労働者の割合が4割を下回っています。派遣労働者 1 人は数えていません。",
    );
  });

  test("company-wide managers (A): 課長級 and 部長級, never the officer", () => {
    const sheet = sheetNamed(sheets, "申請時_管理職一覧");
    expect(ids(sheet)).toEqual(["E001", "E002"]);
    expect(column(sheet, "職階")).toEqual(["課長級", "部長級"]);
  });

  test("company-wide 役職手当 recipients (B) with the monthly amount", () => {
    const sheet = sheetNamed(sheets, "申請時_役職手当一覧");
    expect(ids(sheet)).toEqual(["E004", "E003"]);
    expect(column(sheet, "役職手当（月額）")).toEqual([10000, 10000]);
  });

  test("no 氏名 column unless asked; with includeNames the names are there", () => {
    const sheet = sheetNamed(sheets, "申請時_区分_総合職");
    expect(sheet.rows[2]).not.toContain("氏名");
    expect(JSON.stringify(sheets)).not.toContain("山田");
    const named = buildResultSheets({ application: APPLICATION, app: APP_AB, includeNames: true });
    expect(column(sheetNamed(named, "申請時_管理職一覧"), "氏名")).toEqual([
      "氏名E001",
      "氏名E002",
    ]);
  });

  test("C gets the new position's category list under its own heading", () => {
    const app = {
      actions: ["A", "C"] as const,
      targets: { A: "総合職", C: "=1+1" },
      period: PERIOD,
    };
    const built = buildResultSheets({
      application: APPLICATION,
      app: { ...app, actions: [...app.actions] },
    });
    const sheet = sheetNamed(built, "申請時_C区分_=1+1");
    expect(ids(sheet)).toEqual(["E013"]);
    expect(sheet.rows[0]![0]).toContain("新設する役職と同一の雇用管理区分「=1+1」");
    expect(built.map((s) => s.name)).not.toContain("申請時_役職手当一覧");
  });

  test("exactly 40% is reported as not under 40%", () => {
    const app = { actions: ["A" as const], targets: { A: "一般職" }, period: PERIOD };
    const sheet = sheetNamed(
      buildResultSheets({ application: APPLICATION, app }),
      "申請時_区分_一般職",
    );
    expect(sheet.rows[1]![0]).toContain("ちょうど4割で、4割を下回っていません");
  });
});

describe("男女別一覧 at report", () => {
  test("managers at report with 就任日（採用日）, the period check and who is new", () => {
    const sheet = sheetNamed(sheets, "報告時_管理職一覧");
    expect(
      records(sheet).map((r) => [
        r["社員番号"],
        r["就任日（採用日）"],
        r["日付の種類"],
        r["実施期間中"],
        r["備考"],
      ]),
    ).toEqual([
      ["E001", { date: "2022-04-01" }, "就任日", "", ""],
      ["E008", { date: "2025-09-01" }, "就任日", "○", "申請後に管理職に就任"],
      ["E015", { date: "2025-10-15" }, "採用日", "○", "取組Aの対象者・申請後に採用"],
      ["E002", { date: "2021-04-01" }, "就任日", "", ""],
    ]);
    expect(sheet.rows[1]![0]).toContain("女性は支給申請時 1 人 → 実績報告時 3 人（2 人増加）");
  });

  test("allowance recipients at report, the evidence person named", () => {
    const sheet = sheetNamed(sheets, "報告時_役職手当一覧");
    expect(ids(sheet)).toEqual(["E004", "E009", "E003"]);
    expect(column(sheet, "備考")).toEqual([
      "",
      "取組Bの対象者・申請後に役職手当の支給対象に就任",
      "",
    ]);
    expect(column(sheet, "役職手当（月額）")).toEqual([10000, 8000, 10000]);
  });

  test("no report roster, no report lists and no training list", () => {
    const names = buildResultSheets({ application: APPLICATION, app: APP_AB }).map((s) => s.name);
    expect(names).toEqual([
      "区分別女性比率",
      "申請時_区分_総合職",
      "申請時_管理職一覧",
      "申請時_役職手当一覧",
      // Issue 18: the action plan draft needs only the application.
      "行動計画（案）",
      "検証結果",
    ]);
  });
});
