import { parseRoster } from "../../../shared/roster/parse-roster";
import { validationSheet } from "../../../shared/sheets/validation-sheet";
import { records } from "./fixtures";

describe("検証結果", () => {
  test("every issue of every roster with sheet, row, column, severity, code, message and fix", () => {
    const bad = parseRoster([
      ["社員番号", "性別", "雇用管理区分", "雇用形態", "職階"],
      ["E1", "X", "総合職", "正規", "一般"],
      ["E2", "女性", "総合職", "派遣", "一般"],
    ]);
    const good = parseRoster([
      ["社員番号", "性別", "雇用管理区分", "雇用形態", "職階"],
      ["E1", "女性", "総合職", "正規", "一般"],
    ]);
    const other = parseRoster([["社員番号"], ["E1"]]);
    const sheet = validationSheet([
      { sheetName: "申請時", read: bad },
      { sheetName: "報告時", read: good },
      { sheetName: "=cmd", read: other },
    ]);
    const rows = records(sheet);
    expect(rows).toHaveLength(bad.issues.length + other.issues.length);
    expect(rows[0]).toEqual({
      シート: "申請時",
      行: 2,
      列: "性別",
      重大度: "エラー",
      コード: "INVALID_VALUE",
      内容: bad.issues[0]!.messageJa,
      直し方: bad.issues[0]!.fixJa,
      値: "X",
      件数: 1,
    });
    expect(rows[1]).toMatchObject({ 行: 3, 重大度: "警告", コード: "DISPATCHED_EXCLUDED" });
    expect(
      rows.slice(2).every((r) => r["シート"] === "=cmd" && r["コード"] === "MISSING_COLUMN"),
    ).toBe(true);
  });

  test("a clean roster says so", () => {
    const clean = parseRoster([
      ["社員番号", "性別", "雇用管理区分", "雇用形態", "職階"],
      ["E1", "女性", "総合職", "正規", "一般"],
    ]);
    expect(records(validationSheet([{ sheetName: "x", read: clean }]))[0]!["内容"]).toBe(
      "問題はありません。",
    );
  });
});
