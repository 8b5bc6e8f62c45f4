import type { ResultSheet, RosterSnapshot, SheetCell } from "./result-sheet";

export const VALIDATION_SHEET_NAME = "検証結果";

const HEADINGS = ["シート", "行", "列", "重大度", "コード", "内容", "直し方", "値"];

/**
 * 検証結果: every issue of every roster read, errors and warnings alike, in the order the reader
 * sorted them (row, then column), so the sheet is the printable twin of the pane's list. The
 * offending value is copied as text; 氏名 never is (the reader does not quote it).
 */
export function validationSheet(rosters: readonly RosterSnapshot[]): ResultSheet {
  const rows: SheetCell[][] = [HEADINGS.slice()];
  for (const { sheetName, read } of rosters) {
    for (const issue of read.issues) {
      rows.push([
        sheetName,
        issue.row,
        issue.column,
        issue.severity === "error" ? "エラー" : "警告",
        issue.code,
        issue.messageJa,
        issue.fixJa ?? "",
        issue.value ?? "",
      ]);
    }
  }
  if (rows.length === 1) rows.push(["", null, "", "", "", "問題はありません。", "", ""]);
  return {
    name: VALIDATION_SHEET_NAME,
    rows,
    headerRows: 1,
    columnWidths: [16, 7, 16, 8, 26, 60, 60, 20],
    numberFormats: [null, "0", null, null, null, null, null, null],
  };
}
