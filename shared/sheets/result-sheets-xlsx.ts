import { Workbook, type Cell, type Worksheet } from "exceljs";
import { dateParts } from "../dates/civil-date";
import { dateFormatFor } from "./date-format";
import type { ResultSheet, SheetCell } from "./result-sheet";
import { sheetSafeText } from "./formula-safe-text";

/** Text format: what the cell keeps if a user retypes it (an "=..." stays text). */
const TEXT_FORMAT = "@";
const HEADING_FILL = "FFE7E6E6";
/** Sheets wider than this print in landscape. */
const PORTRAIT_COLUMNS = 6;

function writeCell(cell: Cell, value: SheetCell, format: string | null | undefined): void {
  if (value === null || value === "") return;
  if (typeof value === "string") {
    // ExcelJS writes a plain string as a string cell, never a formula (formulas need
    // { formula }); the apostrophe also keeps it text when someone edits the cell later
    // (F2, Enter) or copies it into a sheet without the Text format.
    cell.value = sheetSafeText(value);
    cell.numFmt = TEXT_FORMAT;
    return;
  }
  if (typeof value === "object") {
    const { year, month, day } = dateParts(value.date);
    // UTC midnight: ExcelJS turns a Date into a serial by epoch arithmetic, exact at UTC.
    cell.value = new Date(Date.UTC(year, month - 1, day));
    cell.numFmt = dateFormatFor(format);
    return;
  }
  cell.value = value;
  if (typeof value === "number" && format) cell.numFmt = format;
}

function layoutSheet(ws: Worksheet, sheet: ResultSheet, columns: number): void {
  sheet.columnWidths?.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (let r = 1; r <= sheet.headerRows; r++) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    if (r === sheet.headerRows) {
      for (let c = 1; c <= columns; c++) {
        row.getCell(c).fill = {
          type: "pattern",
          pattern: "solid",
          fgColor: { argb: HEADING_FILL },
        };
      }
    }
  }
}

function addSheet(workbook: Workbook, sheet: ResultSheet): void {
  const columns = Math.max(1, ...sheet.rows.map((row) => row.length));
  const ws = workbook.addWorksheet(sheet.name, {
    views: sheet.headerRows > 0 ? [{ state: "frozen", xSplit: 0, ySplit: sheet.headerRows }] : [],
    pageSetup: {
      paperSize: 9, // A4
      orientation: columns > PORTRAIT_COLUMNS ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(sheet.headerRows > 0 ? { printTitlesRow: `1:${sheet.headerRows}` } : {}),
    },
  });
  sheet.rows.forEach((cells, r) => {
    const row = ws.getRow(r + 1);
    const isHeading = r < sheet.headerRows;
    cells.forEach((value, c) => {
      writeCell(row.getCell(c + 1), value, isHeading ? null : sheet.numberFormats?.[c]);
    });
  });
  layoutSheet(ws, sheet, columns);
}

/**
 * The result sheets as one .xlsx (the download when the pane runs without Excel). Charts are
 * left out: ExcelJS cannot write charts, and the ratio table they would draw is on the sheet.
 */
export async function resultSheetsToXlsx(sheets: readonly ResultSheet[]): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = "Katsuyaku";
  for (const sheet of sheets) addSheet(workbook, sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  // Node hands back a Buffer, browsers an ArrayBuffer: both become a plain Uint8Array.
  return new Uint8Array(buffer as unknown as ArrayBuffer);
}
