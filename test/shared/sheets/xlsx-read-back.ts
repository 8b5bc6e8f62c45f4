import { Workbook, type CellValue } from "exceljs";
import type { SheetCell } from "../../../shared/sheets/result-sheet";

export interface ReadBackSheet {
  name: string;
  rows: SheetCell[][];
  /** Any cell ExcelJS read as a formula: must stay empty. */
  formulas: string[];
  /** Number format per cell that has one, "row,col" (1-based) → format. */
  formats: Map<string, string>;
  workbook: Workbook;
}

function toSheetCell(value: CellValue, formulas: string[], where: string): SheetCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { date: value.toISOString().slice(0, 10) };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) formulas.push(where);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    return JSON.stringify(value);
  }
  return value;
}

/** Reads an .xlsx back with ExcelJS into the ResultSheet cell model (trailing empties trimmed). */
export async function readBack(bytes: Uint8Array): Promise<ReadBackSheet[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return workbook.worksheets.map((ws) => {
    const formulas: string[] = [];
    const formats = new Map<string, string>();
    const rows: SheetCell[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: SheetCell[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        cells.push(toSheetCell(cell.value, formulas, `${r},${c}`));
        if (cell.numFmt) formats.set(`${r},${c}`, cell.numFmt);
      }
      while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      rows.push(cells);
    }
    return { name: ws.name, rows, formulas, formats, workbook };
  });
}
