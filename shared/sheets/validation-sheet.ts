import { groupIssues } from "../roster/group-issues";
import type { ResultSheet, RosterSnapshot, SheetCell } from "./result-sheet";

export const VALIDATION_SHEET_NAME = "検証結果";

const HEADINGS = ["シート", "行", "列", "重大度", "コード", "内容", "直し方", "値", "件数"];

/**
 * 検証結果: every issue of every roster read, errors and warnings alike, in the order the reader
 * sorted them (row, then column), so the sheet is the printable twin of the pane's list.
 * Identical issues on several rows are one line listing the rows, with their count. The
 * offending value is copied as text; 氏名 never is (the reader does not quote it).
 */
export function validationSheet(rosters: readonly RosterSnapshot[]): ResultSheet {
  const rows: SheetCell[][] = [HEADINGS.slice()];
  for (const { sheetName, read } of rosters) {
    for (const group of groupIssues(read.issues)) {
      const first = group.issues[0]!;
      const values = new Set(group.issues.map((i) => i.value ?? ""));
      rows.push([
        sheetName,
        group.rows.length === 1 ? group.rows[0]! : rowsCell(group.rows),
        group.column,
        group.severity === "error" ? "エラー" : "警告",
        group.code,
        group.messageJa,
        group.fixJa ?? "",
        values.size === 1 ? (first.value ?? "") : "",
        group.count,
      ]);
    }
  }
  if (rows.length === 1) rows.push(["", null, "", "", "", "問題はありません。", "", "", null]);
  return {
    name: VALIDATION_SHEET_NAME,
    rows,
    headerRows: 1,
    columnWidths: [16, 12, 16, 8, 26, 60, 60, 20, 6],
    numberFormats: [null, "0", null, null, null, null, null, null, "0"],
  };
}

/** The rows of a group for the 行 column: numbers only, long lists cut short. */
function rowsCell(rows: readonly number[]): string {
  const max = 50;
  const shown = rows.slice(0, max).join(", ");
  return rows.length <= max ? shown : `${shown} ほか ${rows.length - max} 行`;
}
