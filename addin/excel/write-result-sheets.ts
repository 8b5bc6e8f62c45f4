import type { ResultSheet, SheetChart } from "../../shared/report/sheets/result-sheet";
import { cellAddress } from "./cell-address";
import type { ExcelRun } from "./excel-run";
import { columnWidthPoints, formatHeading } from "./heading-format";
import { jsonBytes, PAYLOAD_BUDGET_BYTES } from "./payload";
import type { ApiSupport } from "./requirements";
import { probeDateSystem } from "./serial-date";
import { sheetMatrix } from "./sheet-matrix";

/** Syncs only when the next piece would push the batch past the budget. */
class Batch {
  private bytes = 0;
  constructor(private readonly context: Excel.RequestContext) {}

  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > PAYLOAD_BUDGET_BYTES) await this.flush();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
  }
}

/** Fixed cost of the small commands (add, format, chart …) in a request. */
const SMALL_COMMAND_BYTES = 2_000;

async function writeCells(
  ws: Excel.Worksheet,
  sheet: ResultSheet,
  date1904: boolean,
  batch: Batch,
): Promise<number> {
  const { values, formats, columns } = sheetMatrix(sheet, date1904);
  for (let r = 0; r < values.length;) {
    // As many rows as fit the rest of the budget, at least one.
    let end = r;
    let bytes = 0;
    while (end < values.length) {
      const rowBytes = jsonBytes(values[end]) + jsonBytes(formats[end]);
      if (end > r && bytes + rowBytes > PAYLOAD_BUDGET_BYTES / 2) break;
      bytes += rowBytes;
      end++;
    }
    await batch.reserve(bytes);
    const range = ws.getRangeByIndexes(r, 0, end - r, columns);
    // The number format goes first: Excel reads a value in the light of its cell's format, so
    // Text must be in place before "=1+1" arrives or it becomes a formula. Text that starts
    // like a formula also carries the shared leading "'" (sheet-matrix.ts): on hosts that keep
    // it in the value it shows, as in the .xlsx download, and the cell stays text even when
    // edited or pasted into a sheet without the Text format.
    range.numberFormat = formats.slice(r, end);
    range.values = values.slice(r, end);
    r = end;
  }
  return columns;
}

function formatSheet(ws: Excel.Worksheet, sheet: ResultSheet, columns: number): void {
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
function setUpPrinting(ws: Excel.Worksheet, sheet: ResultSheet, columns: number): void {
  ws.pageLayout.paperSize = "A4";
  ws.pageLayout.orientation = columns > 6 ? "Landscape" : "Portrait";
  // All columns on one page wide, as many pages tall as needed (0: no limit, as in the file
  // format's fitToHeight).
  ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (sheet.headerRows > 0) ws.pageLayout.setPrintTitleRows(`$1:$${sheet.headerRows}`);
}

function addChart(ws: Excel.Worksheet, chart: SheetChart, columns: number): void {
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

/**
 * Writes the result sheets, replacing any of the same name. Batch 1 looks the names up (and
 * the date system); batch 2 renames each old sheet aside, adds the new one, writes number
 * formats then values, then the look (headings, widths, chart), and deletes the old sheet: the
 * workbook never lacks a sheet and never holds two of one name. Print setup (ExcelApi 1.9)
 * comes last. Sheets whose
 * values pass the 5 MB budget spill into further batches.
 */
export async function writeResultSheets(
  run: ExcelRun,
  sheets: readonly ResultSheet[],
  supports: ApiSupport,
): Promise<void> {
  if (sheets.length === 0) return;
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const existing = sheets.map((s) => {
      const found = worksheets.getItemOrNullObject(s.name);
      found.load("name,visibility");
      return found;
    });
    const date1904 = probeDateSystem(context);
    await context.sync();
    const system1904 = date1904();
    const batch = new Batch(context);
    const stamp = Date.now().toString(36);
    let firstSheet: Excel.Worksheet | undefined;
    const printing: (() => void)[] = [];
    for (const [i, sheet] of sheets.entries()) {
      await batch.reserve(SMALL_COMMAND_BYTES);
      const old = existing[i]!;
      // Renamed aside first: the new sheet needs the name, and the old one may be the last sheet.
      if (!old.isNullObject) old.name = `~${stamp}-${i}`;
      const ws = worksheets.add(sheet.name);
      firstSheet ??= ws;
      const columns = await writeCells(ws, sheet, system1904, batch);
      await batch.reserve(SMALL_COMMAND_BYTES);
      formatSheet(ws, sheet, columns);
      if (sheet.chart) addChart(ws, sheet.chart, columns);
      if (!old.isNullObject) {
        // Excel refuses to delete a "VeryHidden" sheet (InvalidOperation).
        if (old.visibility === "VeryHidden") old.visibility = "Hidden";
        old.delete();
      }
      if (supports(9)) printing.push(() => setUpPrinting(ws, sheet, columns));
    }
    firstSheet?.activate();
    await batch.reserve(SMALL_COMMAND_BYTES);
    for (const setUp of printing) setUp();
    await batch.flush();
  });
}
