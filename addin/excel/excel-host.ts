import type { WorkbookHost } from "../workbook-host";
import { createTemplateSheet } from "./template-sheet";
import { type ExcelRun, excelRun } from "./excel-run";
import { listSheets } from "./list-sheets";
import { markCells } from "./mark-cells";
import { readSheet } from "./read-sheet";
import { type ApiSupport, officeApiSupport } from "./requirements";
import { selectCell } from "./select-cell";
import { writeResultSheets } from "./write-result-sheets";

export type { ExcelRun } from "./excel-run";

/** What the host asks of Office besides batches; tests replace it. */
export interface ExcelHostOptions {
  supports?: ApiSupport;
}

/**
 * The WorkbookHost over Excel. It remembers, per sheet, which conditional formats were our
 * marks when the sheet was last read, so that a check (read, then mark) clears the old marks
 * without a batch of its own. The memory is used once: marking renumbers the rules.
 */
export function createExcelHost(
  run: ExcelRun = excelRun,
  options: ExcelHostOptions = {},
): WorkbookHost {
  const supports = options.supports ?? officeApiSupport;
  const marksFoundByRead = new Map<string, string[]>();
  return {
    kind: "excel",
    listSheets: () => listSheets(run),
    async readSheet(name, onProgress) {
      const result = await readSheet(run, name, onProgress);
      marksFoundByRead.set(name, result.ownMarkIds);
      return result.cells;
    },
    async markCells(sheet, marks) {
      const known = marksFoundByRead.get(sheet.name);
      marksFoundByRead.delete(sheet.name);
      await markCells(run, sheet, marks, supports, known);
    },
    selectCell: (sheet, row, columnIndex) => selectCell(run, sheet, row, columnIndex),
    createTemplateSheet: (name) => createTemplateSheet(run, name, supports),
    writeResultSheets: (sheets) => writeResultSheets(run, sheets, supports),
  };
}
