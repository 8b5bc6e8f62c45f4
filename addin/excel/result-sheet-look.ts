import type { ResultSheet, SheetChart } from "../../shared/sheets/result-sheet";
import { cellAddress } from "./cell-address";
import { columnWidthPoints, formatHeading } from "./heading-format";

/** Headings bold, shaded and frozen; column widths. */
export function formatSheet(ws: Excel.Worksheet, sheet: ResultSheet, columns: number): void {
  if (sheet.headerRows > 0) {
    formatHeading(ws.getRangeByIndexes(sheet.headerRows - 1, 0, 1, columns));
    if (sheet.headerRows > 1)
      ws.getRangeByIndexes(0, 0, sheet.headerRows - 1, 1).format.font.bold = true;
    ws.freezePanes.freezeRows(sheet.headerRows);
  }
  sheet.columnWidths?.forEach((width, c) => {
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
}

/**
 * Print setup: Worksheet.pageLayout (every member used here) is ExcelApi 1.9, above the
 * manifest's 1.7, so older Excel skips it. Queued after everything else in the last batch, so
 * that a host refusing a print setting cannot leave a sheet half replaced.
 */
export function setUpPrinting(ws: Excel.Worksheet, sheet: ResultSheet, columns: number): void {
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.orientation = columns > 6 ? "Landscape" : "Portrait";
  // All columns on one page wide, as many pages tall as needed (0: no limit, as in the file
  // format's fitToHeight).
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (sheet.headerRows > 0) ws.pageLayout.setPrintTitleRows(`$1:$${sheet.headerRows}`);
}

/** A column chart beside the table. */
export function addChart(ws: Excel.Worksheet, chart: SheetChart, columns: number): void {
  const first = Math.min(chart.labelColumn, ...chart.valueColumns);
  const last = Math.max(chart.labelColumn, ...chart.valueColumns);
  const rows = chart.lastRow - chart.firstRow + 1;
  const contiguous = last - first === chart.valueColumns.length;
  const source = contiguous
    ? ws.getRangeByIndexes(chart.firstRow - 1, first, rows, last - first + 1)
    : ws.getRangeByIndexes(chart.firstRow - 1, chart.valueColumns[0]!, rows, 1);
  const added = ws.charts.add("ColumnClustered", source, "Columns");
  added.title.text = chart.title;
  added.legend.visible = chart.valueColumns.length > 1;
  if (!contiguous)
    added.series
      .getItemAt(0)
      .setXAxisValues(ws.getRangeByIndexes(chart.firstRow, chart.labelColumn, rows - 1, 1));
  // Beside the table, so printing the table is not covered by the chart.
  added.setPosition(cellAddress(chart.firstRow - 1, columns + 1));
}
