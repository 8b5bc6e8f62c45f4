import { createExcelHost } from "../../../addin/excel/excel-host";
import { PAYLOAD_LIMIT_BYTES } from "../../../addin/excel/payload";
import { OWNER_KEY, OWNER_VALUE } from "../../../addin/excel/sheet-owner";
import { buildResultSheets } from "../../../shared/sheets/build-result-sheets";
import type { ResultSheet } from "../../../shared/sheets/result-sheet";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { generateRosterCells } from "../../support/generate-roster";
import { FakeExcel } from "../support/fake-excel";

const supports = { supports: () => true };

const RATIO: ResultSheet = {
  name: "区分別女性比率",
  rows: [
    ["雇用管理区分", "女性比率", "判定"],
    ["=1+1", 0.286, "4割未満"],
    ["+cmd", 0.5, "0123"],
    ["@SUM(A1)", { date: "2025-10-01" }, null],
  ],
  headerRows: 1,
  columnWidths: [20, 10, 10],
  numberFormats: [null, "0.0%", null],
  chart: { title: "女性比率", labelColumn: 0, valueColumns: [1], firstRow: 1, lastRow: 3 },
};

function workbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.workbook.addSheet("名簿").put([["社員番号"], ["E1"]]);
  return excel;
}

describe("writeResultSheets", () => {
  test("text that looks like a formula is written as text: Text format set before the value", async () => {
    const excel = workbook();
    await createExcelHost(excel.run, supports).writeResultSheets([RATIO]);
    const sheet = excel.workbook.sheet("区分別女性比率")!;
    // Issue 15: the shared leading apostrophe as well (Excel's own text mark).
    expect(sheet.cell(1, 0)).toMatchObject({ value: "'=1+1", numberFormat: "@" });
    expect(sheet.cell(1, 0)?.formula).toBeUndefined();
    expect(sheet.cell(2, 0)?.value).toBe("'+cmd");
    expect(sheet.cell(2, 2)?.value).toBe("0123");
    expect(sheet.cell(3, 0)?.value).toBe("'@SUM(A1)");
    const commands = excel.syncs.flatMap((s) => s.commands);
    expect(commands.indexOf("range.numberFormat")).toBeLessThan(commands.indexOf("range.values"));
  });

  test("the fake would have made a formula without the Text format (the guard is what helps)", async () => {
    const excel = workbook();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("名簿").getRangeByIndexes(0, 0, 1, 1).values = [["=1+1"]];
      await context.sync();
    });
    expect(excel.workbook.sheet("名簿")!.cell(0, 0)?.formula).toBe("=1+1");
  });

  test("values then formats, in 2 syncs: dates as serials, headings bold and frozen, A4, chart", async () => {
    const excel = workbook();
    await createExcelHost(excel.run, supports).writeResultSheets([RATIO]);
    expect(excel.syncs).toHaveLength(2);
    const commands = excel.syncs[1]!.commands;
    expect(commands.indexOf("range.values")).toBeLessThan(commands.indexOf("format.font.bold"));
    const sheet = excel.workbook.sheet("区分別女性比率")!;
    expect(sheet.cell(3, 1)).toMatchObject({ value: 45931, numberFormat: "yyyy/m/d" });
    expect(sheet.cell(1, 1)).toMatchObject({ value: 0.286, numberFormat: "0.0%" });
    expect(sheet.cell(0, 0)).toMatchObject({ bold: true, fill: "#E7E6E6" });
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.pageLayout).toMatchObject({ paperSize: "A4", printTitleRows: "$1:$1" });
    expect(sheet.columnWidths.get(0)).toBe(Math.round(20 * 5.7 + 5));
    expect(sheet.charts).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        title: "女性比率",
        source: expect.objectContaining({ row: 0, column: 0, rows: 3, columns: 2 }),
      }),
    ]);
    expect(excel.workbook.activeSheet?.name).toBe("区分別女性比率");
  });

  test("re-running replaces sheets of the same name: no duplicates, the old content gone", async () => {
    const excel = workbook();
    const host = createExcelHost(excel.run, supports);
    await host.writeResultSheets([RATIO]);
    const second: ResultSheet = {
      ...RATIO,
      rows: [["雇用管理区分"], ["総合職"]],
      chart: undefined,
    };
    await host.writeResultSheets([second, { name: "検証結果", rows: [["シート"]], headerRows: 1 }]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual([
      "名簿",
      "区分別女性比率",
      "検証結果",
    ]);
    const sheet = excel.workbook.sheet("区分別女性比率")!;
    expect(sheet.value(1, 0)).toBe("総合職");
    expect(sheet.value(2, 0)).toBe("");
    expect(sheet.charts).toEqual([]);
  });

  test("a workbook holding only an old result sheet still gets it replaced", async () => {
    const excel = new FakeExcel();
    const old = excel.workbook.addSheet("区分別女性比率");
    old.put([["old"]]);
    old.customProperties.set(OWNER_KEY, OWNER_VALUE);
    await createExcelHost(excel.run, supports).writeResultSheets([RATIO]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["区分別女性比率"]);
    expect(excel.workbook.sheets[0]!.value(0, 0)).toBe("雇用管理区分");
  });

  test("ExcelApi 1.7 (no page layout): the sheets are written without print setup", async () => {
    const excel = new FakeExcel(7);
    excel.workbook.addSheet("名簿").put([["社員番号"], ["E1"]]);
    await createExcelHost(excel.run, { supports: (minor) => minor <= 7 }).writeResultSheets([
      RATIO,
    ]);
    const sheet = excel.workbook.sheet("区分別女性比率")!;
    expect(sheet.cell(1, 0)).toMatchObject({ value: "'=1+1", numberFormat: "@" });
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.pageLayout).toEqual({});
    expect(excel.syncs).toHaveLength(2);
  });

  test("the fake refuses page layout below ExcelApi 1.9 (the guard is what helps)", async () => {
    const excel = new FakeExcel(8);
    excel.workbook.addSheet("名簿").put([["社員番号"]]);
    await expect(
      createExcelHost(excel.run, { supports: () => true }).writeResultSheets([RATIO]),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });

  test("print setup comes last: the replaced sheets are complete before it", async () => {
    const excel = workbook();
    await createExcelHost(excel.run, supports).writeResultSheets([RATIO]);
    const commands = excel.syncs[excel.syncs.length - 1]!.commands;
    const firstPrint = commands.findIndex((c) => c.startsWith("pageLayout."));
    expect(firstPrint).toBeGreaterThan(commands.lastIndexOf("charts.add"));
    expect(firstPrint).toBeGreaterThan(commands.lastIndexOf("range.values"));
  });

  test("a very hidden old sheet is still replaced (Excel will not delete it as it is)", async () => {
    const excel = workbook();
    const old = excel.workbook.addSheet("区分別女性比率");
    old.visibility = "VeryHidden";
    old.customProperties.set(OWNER_KEY, OWNER_VALUE);
    await createExcelHost(excel.run, supports).writeResultSheets([RATIO]);
    expect(excel.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["名簿", "Visible"],
      ["区分別女性比率", "Visible"],
    ]);
  });

  test("20k-row results: every request under 5 MB, the masked list complete", async () => {
    const rows = generateRosterCells(20_000);
    const read = parseRoster(rows);
    const app = {
      actions: ["A", "B"] as const,
      targets: { A: "総合職", B: "総合職" },
      period: { start: "2025-08-01", end: "2026-01-31" },
    };
    const sheets = buildResultSheets({
      application: { sheetName: "申請時", read },
      report: { sheetName: "報告時", read },
      app: { ...app, actions: [...app.actions] },
    });
    const excel = workbook();
    await createExcelHost(excel.run, supports).writeResultSheets(sheets);
    expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(excel.workbook.sheet("報告時_研修出席名簿")!.value(3 + 19_000, 2)).toBe("■■■■");
    expect(excel.syncs.every((s) => s.failed === undefined)).toBe(true);
  });
});
