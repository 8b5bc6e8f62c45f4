import type { WorkbookHost } from "../workbook-host";
import { createTemplateSheet } from "./template-sheet";
import { type ExcelRun, excelRun } from "./excel-run";
import { listSheets } from "./list-sheets";
import { markCells } from "./mark-cells";
import { explainOfficeError } from "./office-errors";
import { readSheet } from "./read-sheet";
import { type ApiSupport, officeApiSupport } from "./requirements";
import { selectCell } from "./select-cell";
import { writeResultSheets } from "./write-result-sheets";

export type { ExcelRun } from "./excel-run";

/** What the host asks of Office besides batches; tests replace it. */
export interface ExcelHostOptions {
  supports?: ApiSupport;
}

/** Runs one action; Office errors the user can act on come out in their own words. */
async function action<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainOfficeError(error);
  }
}

/** The WorkbookHost over Excel. */
export function createExcelHost(
  run: ExcelRun = excelRun,
  options: ExcelHostOptions = {},
): WorkbookHost {
  const supports = options.supports ?? officeApiSupport;
  return {
    kind: "excel",
    listSheets: () => action(() => listSheets(run)),
    readSheet: (name, onProgress) => action(() => readSheet(run, name, onProgress)),
    markCells: (sheet, marks) => action(() => markCells(run, sheet, marks, supports)),
    selectCell: (sheet, row, columnIndex) => action(() => selectCell(run, sheet, row, columnIndex)),
    createTemplateSheet: (name) => action(() => createTemplateSheet(run, name, supports)),
    writeResultSheets: (sheets, options) =>
      action(() => writeResultSheets(run, sheets, supports, options)),
  };
}
