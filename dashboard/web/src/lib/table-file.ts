import Papa from "papaparse";
import { formulaSafeText } from "../../../../shared/sheets/formula-safe-text";

/** A table as the page shows it: every figure already formatted ("X" and "-" kept). */
export interface TableText {
  caption: string;
  /** what the figures are from: the release's number and date (or that none is published) */
  source: string;
  header: string[];
  rows: string[][];
}

/** The rows of a downloaded table: its caption and source first, then the header and the body. */
export function tableLines(table: TableText): string[][] {
  return [[table.caption], [table.source], table.header, ...table.rows];
}

/**
 * CSV for Japanese Excel: UTF-8 with a BOM, CRLF, and every cell through the one formula
 * escaping (a caption or a label typed as "=…" stays text).
 */
export function tableCsv(table: TableText): string {
  const lines = tableLines(table).map((row) => row.map(formulaSafeText));
  return Papa.BYTE_ORDER_MARK + Papa.unparse(lines, { newline: "\r\n" });
}

/** A file name from the caption: no characters a file system refuses. */
export function tableFileName(caption: string, extension: "csv" | "xlsx"): string {
  const safe = [...caption].map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? "_" : ch));
  const base = safe.join("").slice(0, 80) || "table";
  return `${base}.${extension}`;
}

/** The same table as an .xlsx (ExcelJS, loaded only when someone downloads one). */
export async function tableXlsx(table: TableText): Promise<ArrayBuffer> {
  const { Workbook } = await import("exceljs");
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("table");
  for (const row of tableLines(table)) sheet.addRow(row.map(formulaSafeText));
  sheet.getRow(3).font = { bold: true };
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}
