/// <reference types="office-js" />
/**
 * Round trips and request sizes of the add-in's Excel actions on a roster of `rows` workers,
 * measured on the fake Office surface of test/addin/support (which records every sync and
 * the JSON bytes it would carry). Excel on the web refuses requests or responses over 5 MB.
 */
import { createExcelHost } from "../../addin/excel/excel-host";
import type { CellMark } from "../../addin/workbook-host";
import { buildResultSheets } from "../../shared/sheets/build-result-sheets";
import { parseRoster } from "../../shared/roster/parse-roster";
import { FakeExcel } from "../addin/support/fake-excel";
import { generateRosterCells } from "../support/generate-roster";

export interface AddinSyncMeasure {
  action: string;
  syncs: number;
  /** The larger of the biggest request and the biggest response, in bytes. */
  maxRequestBytes: number;
}

function measure(excel: FakeExcel, action: string): AddinSyncMeasure {
  const result = {
    action,
    syncs: excel.syncs.length,
    maxRequestBytes: Math.max(excel.maxRequestBytes, excel.maxResponseBytes),
  };
  excel.resetLog();
  return result;
}

export async function measureAddinSync(rows: number): Promise<AddinSyncMeasure[]> {
  const cells = generateRosterCells(rows);
  const excel = new FakeExcel();
  excel.workbook.addSheet("名簿").put(cells);
  const host = createExcelHost(excel.run, { supports: () => true });
  const out: AddinSyncMeasure[] = [];

  const sheet = await host.readSheet("名簿");
  out.push(measure(excel, "read roster"));

  const checked = await host.readSheet("名簿");
  const read = parseRoster(checked.cells, { firstRow: checked.firstRow });
  const marks: CellMark[] = read.issues
    .filter((i) => i.columnIndex !== undefined)
    .map((i) => ({ row: i.row, columnIndex: i.columnIndex!, severity: i.severity }));
  await host.markCells(checked, marks);
  out.push(measure(excel, "check (read + marks)"));

  const snapshot = { sheetName: "名簿", read };
  await host.writeResultSheets(
    buildResultSheets({
      application: snapshot,
      report: snapshot,
      app: {
        actions: ["A", "B"],
        targets: { A: "総合職", B: "総合職" },
        period: { start: "2025-08-01", end: "2026-01-31" },
      },
    }),
  );
  out.push(measure(excel, "write result sheets"));

  await host.createTemplateSheet("社員名簿");
  out.push(measure(excel, "create template"));

  await host.selectCell(sheet, Math.min(rows + 1, 2), 2);
  out.push(measure(excel, "select cell"));
  return out;
}
