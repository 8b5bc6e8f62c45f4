import { parseRoster } from "../../../shared/roster/parse-roster";
import { buildResultSheets } from "../../../shared/sheets/build-result-sheets";
import { validationSheet } from "../../../shared/sheets/validation-sheet";
import { APP_AB, APPLICATION, evaluate, records, REPORT } from "./fixtures";

const HEADER = ["社員番号", "性別", "雇用管理区分", "雇用形態", "職階"];

describe("issue 16 §6–7 in the result sheets", () => {
  test("検証結果 groups identical issues: one line with the rows and a count", () => {
    const read = parseRoster([
      HEADER,
      ["E1", "", "総合職", "正規", "一般"],
      ["E2", "", "総合職", "正規", "一般"],
      ["E3", "女性", "総合職", "正規", "一般"],
      ["E4", "", "総合職", "正規", "一般"],
    ]);
    const rows = records(validationSheet([{ sheetName: "申請時", read }]));
    expect(rows).toEqual([
      {
        シート: "申請時",
        行: "2, 3, 5",
        列: "性別",
        重大度: "エラー",
        コード: "REQUIRED_MISSING",
        内容: read.issues[0]!.messageJa,
        直し方: read.issues[0]!.fixJa,
        値: "",
        件数: 3,
      },
    ]);
  });

  test("a roster with excluded rows: every sheet's first row says 下書き, how many rows and where", () => {
    const broken = parseRoster([
      HEADER,
      ["E1", "女性", "総合職", "正規", "課長級"],
      ["E2", "?", "総合職", "正規", "一般"],
      ["E3", "男性", "", "正規", "一般"],
    ]);
    const sheets = buildResultSheets({
      application: { sheetName: "申請時", read: broken },
      report: REPORT,
      app: APP_AB,
    });
    for (const sheet of sheets) {
      const first = String(sheet.rows[0]![0]);
      expect({ sheet: sheet.name, first }).toEqual({
        sheet: sheet.name,
        first: expect.stringContaining(
          "【下書き・未確定】名簿のエラーで 2 行（申請時の名簿 3, 4 行目）",
        ),
      });
    }
    // The notice is a heading row: the sheet's own headings follow it unchanged.
    const clean = buildResultSheets({ application: APPLICATION, report: REPORT, app: APP_AB });
    const ratio = sheets[0]!;
    expect(ratio.headerRows).toBe(clean[0]!.headerRows + 1);
  });

  test("a clean pair of rosters gives final sheets (no draft mark anywhere)", () => {
    const sheets = buildResultSheets({
      application: APPLICATION,
      report: REPORT,
      app: APP_AB,
      evaluation: evaluate(APP_AB),
    });
    const text = JSON.stringify(sheets.map((s) => s.rows));
    // The incomplete-roster mark; the action-plan draft (issue 18) is a draft by nature and
    // says 【下書き】 of itself, which is not this mark.
    expect(text).not.toContain("【下書き・未確定】");
    expect(text).not.toContain("名簿のエラーで");
  });
});
