import type { IncompleteResult } from "../roster/incomplete-result";
import type { ResultSheet } from "./result-sheet";

/**
 * Marks a result sheet as a draft while roster rows are excluded: the notice becomes its
 * first row (so a printout cannot be mistaken for a final attachment), and every row below,
 * the heading rows and a chart's rows move down by one.
 */
export function markDraft(sheet: ResultSheet, incomplete: IncompleteResult): ResultSheet {
  const width = Math.max(1, ...sheet.rows.map((r) => r.length));
  const notice = [incomplete.messageJa, ...Array.from({ length: width - 1 }, () => null)];
  const marked: ResultSheet = {
    ...sheet,
    rows: [notice, ...sheet.rows],
    headerRows: sheet.headerRows + 1,
  };
  if (sheet.chart)
    marked.chart = {
      ...sheet.chart,
      firstRow: sheet.chart.firstRow + 1,
      lastRow: sheet.chart.lastRow + 1,
    };
  return marked;
}
