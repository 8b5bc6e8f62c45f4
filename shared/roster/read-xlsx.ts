import { Workbook, type Worksheet } from "exceljs";
import type { CellValue } from "./cell-value";
import { normalizeText } from "./normalize-text";
import { parseRoster, type ParseRosterOptions } from "./parse-roster";
import type { RosterReadResult } from "./read-result";
import { RosterFileError } from "./roster-file-error";
import { fromExcelValue } from "./xlsx-cell-value";

type LoadInput = Parameters<Workbook["xlsx"]["load"]>[0];

async function loadWorkbook(bytes: Uint8Array | ArrayBuffer): Promise<Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const workbook = new Workbook();
  try {
    // JSZip reads a Uint8Array as well as a Node Buffer; ExcelJS's typing only names Buffer.
    await workbook.xlsx.load(data as unknown as LoadInput);
  } catch (error) {
    throw new RosterFileError(
      "unreadable",
      "Excelファイル（.xlsx）として読めません。壊れているか、パスワード付き、または古い .xls 形式の可能性があります。.xlsx で保存し直すか、CSV で保存してください。",
      "The file cannot be read as an Excel workbook (.xlsx). It may be damaged, password-protected or an old .xls: save it again as .xlsx or as CSV.",
      { cause: error },
    );
  }
  return workbook;
}

function findSheet(workbook: Workbook, sheetName: string | undefined): Worksheet {
  const sheets = workbook.worksheets;
  if (sheets.length === 0) {
    throw new RosterFileError(
      "noWorksheet",
      "ブックにワークシートがありません。",
      "The workbook has no worksheet.",
    );
  }
  if (sheetName === undefined) return sheets[0]!;
  const wanted = normalizeText(sheetName);
  const sheet =
    sheets.find((s) => s.name === sheetName) ??
    sheets.find((s) => normalizeText(s.name) === wanted);
  if (sheet === undefined) {
    const names = sheets.map((s) => `「${s.name}」`).join("");
    throw new RosterFileError(
      "unknownSheet",
      `シート「${sheetName}」がありません。あるシート: ${names}`,
      `There is no sheet named "${sheetName}". Sheets: ${sheets.map((s) => s.name).join(", ")}`,
    );
  }
  return sheet;
}

/**
 * A worksheet's cells, row 1 first, so parseRoster's row numbers are the sheet's. Merged
 * cells repeat their value in every cell they cover (ExcelJS's reading), which is what a
 * roster with a merged 雇用管理区分 means.
 */
export async function xlsxToCells(
  bytes: Uint8Array | ArrayBuffer,
  sheetName?: string,
): Promise<{ cells: CellValue[][]; sheetName: string; sheetNames: string[]; date1904: boolean }> {
  const workbook = await loadWorkbook(bytes);
  const sheet = findSheet(workbook, sheetName);
  const date1904 = workbook.properties?.date1904 === true;
  const cells: CellValue[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.findRow(r);
    const out: CellValue[] = [];
    if (row !== undefined) {
      // Row.values is sparse and 1-based.
      const values = row.values as unknown[];
      for (let c = 1; c < values.length; c++) {
        out.push(fromExcelValue(values[c] as Parameters<typeof fromExcelValue>[0], date1904));
      }
    }
    cells.push(out);
  }
  return {
    cells,
    sheetName: sheet.name,
    sheetNames: workbook.worksheets.map((s) => s.name),
    date1904,
  };
}

/** Reads a roster sheet (the first worksheet unless named) of an .xlsx file. */
export async function readRosterXlsx(
  bytes: Uint8Array | ArrayBuffer,
  sheetName?: string,
  options: Pick<ParseRosterOptions, "onWorker"> = {},
): Promise<RosterReadResult & { sheetName: string }> {
  const read = await xlsxToCells(bytes, sheetName);
  const parsed = parseRoster(read.cells, { ...options, date1904: read.date1904 });
  return { ...parsed, sheetName: read.sheetName };
}
