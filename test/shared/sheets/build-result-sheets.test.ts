import { buildResultSheets } from "../../../shared/sheets/build-result-sheets";
import { APP_AB, APPLICATION, evaluate, REPORT } from "./fixtures";

describe("buildResultSheets", () => {
  test("all sheets in a stable order when everything is given", () => {
    const input = {
      application: APPLICATION,
      report: REPORT,
      app: APP_AB,
      evaluation: evaluate(APP_AB),
    };
    const names = buildResultSheets(input).map((s) => s.name);
    expect(names).toEqual([
      "区分別女性比率",
      "申請時_区分_総合職",
      "申請時_管理職一覧",
      "申請時_役職手当一覧",
      "報告時_管理職一覧",
      "報告時_役職手当一覧",
      "報告時_研修出席名簿",
      // Issue 18: the action plan draft and the 様式第9号 text come with a judged application.
      "行動計画（案）",
      "様式第9号の記載内容",
      "検証結果",
    ]);
    expect(buildResultSheets(input)).toEqual(buildResultSheets(input));
  });

  test("with an as-of date, the figures to publish and the gap's causes come before the documents", () => {
    const names = buildResultSheets({
      application: APPLICATION,
      report: REPORT,
      app: APP_AB,
      publishAsOf: "2026-01-31",
    }).map((s) => s.name);
    // No evaluation here, so no 様式第9号 text.
    expect(names.slice(-5)).toEqual([
      "報告時_研修出席名簿",
      "公表データ",
      "賃金差異の要因",
      "行動計画（案）",
      "検証結果",
    ]);
  });

  test("one roster and no application: the ratio table and the validation report only", () => {
    expect(buildResultSheets({ application: APPLICATION }).map((s) => s.name)).toEqual([
      "区分別女性比率",
      "検証結果",
    ]);
  });

  test("the validation report covers both rosters", () => {
    const sheets = buildResultSheets({ application: APPLICATION, report: REPORT });
    const validation = sheets[sheets.length - 1]!;
    expect(validation.rows.slice(1).map((r) => r[0])).toEqual(["申請時", "実績報告時"]);
  });

  test("every string cell is a plain string (no formula objects) and every row fits its headings", () => {
    const sheets = buildResultSheets({ application: APPLICATION, report: REPORT, app: APP_AB });
    for (const sheet of sheets) {
      expect(sheet.headerRows).toBeGreaterThan(0);
      const width = sheet.rows[sheet.headerRows - 1]!.length;
      if (sheet.columnWidths) expect(sheet.columnWidths.length).toBeGreaterThanOrEqual(width);
    }
  });
});
