import { createExcelHost } from "../../../addin/excel/excel-host";
import { PAYLOAD_LIMIT_BYTES } from "../../../addin/excel/payload";
import { generateRosterCells } from "../../support/generate-roster";
import { FakeExcel } from "../support/fake-excel";

const allApis = { supports: () => true };

function excelWith(
  rows: string[][],
  at: { row: number; column: number } = { row: 0, column: 0 },
): FakeExcel {
  const excel = new FakeExcel();
  excel.workbook.addSheet("表紙").put([["会社名"]]);
  excel.workbook.addSheet("名簿").put(rows, at.row, at.column);
  return excel;
}

describe("readSheet", () => {
  test.each([300, 20_000])(
    "%i rows: every cell, at most 2 syncs, each response under 5 MB",
    async (n) => {
      const rows = generateRosterCells(n);
      const excel = excelWith(rows);
      const host = createExcelHost(excel.run, allApis);
      const progress: [number, number][] = [];
      const sheet = await host.readSheet("名簿", (done, total) => progress.push([done, total]));
      expect(sheet.cells).toEqual(rows);
      expect(sheet).toMatchObject({ name: "名簿", firstRow: 1, firstColumn: 0, date1904: false });
      expect(excel.syncs.length).toBeLessThanOrEqual(n <= 300 ? 1 : 2);
      expect(excel.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(progress[progress.length - 1]).toEqual([n + 1, n + 1]);
    },
  );

  test("a roster that starts at C4 keeps its sheet position", async () => {
    const rows = generateRosterCells(5);
    const excel = excelWith(rows, { row: 3, column: 2 });
    const sheet = await createExcelHost(excel.run, allApis).readSheet("名簿");
    expect(sheet.firstRow).toBe(4);
    expect(sheet.firstColumn).toBe(2);
    expect(sheet.cells).toEqual(rows);
  });

  test.each([
    ["near the last row", { row: 1_048_576 - 6, column: 0 }],
    ["near the last column", { row: 0, column: 16_384 - 17 }],
    ["below the first block", { row: 20_000, column: 30 }],
  ])("a roster %s is read whole", async (_, at) => {
    const rows = generateRosterCells(5);
    const excel = excelWith(rows, at);
    const sheet = await createExcelHost(excel.run, allApis).readSheet("名簿");
    expect(sheet.cells).toEqual(rows);
    expect(sheet.firstRow).toBe(at.row + 1);
    expect(sheet.firstColumn).toBe(at.column);
    expect(excel.syncs.length).toBeLessThanOrEqual(2);
  });

  test("a roster wider than the first block is read whole, still within budget", async () => {
    const rows = generateRosterCells(10_000).map((row, r) => [
      ...row,
      ...Array.from({ length: 23 }, (_, c) => (r === 0 ? `追加${c}` : `x${r}-${c}`)),
    ]);
    const excel = excelWith(rows);
    const sheet = await createExcelHost(excel.run, allApis).readSheet("名簿");
    expect(sheet.cells).toEqual(rows);
    expect(excel.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  test("an empty sheet reads as one empty cell; the 1904 date system is detected", async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet("空");
    excel.workbook.date1904 = true;
    const sheet = await createExcelHost(excel.run, allApis).readSheet("空");
    expect(sheet.cells).toEqual([[""]]);
    expect(sheet.date1904).toBe(true);
    expect(excel.syncs).toHaveLength(1);
  });

  test("an unknown sheet is an error, not an empty roster", async () => {
    const excel = excelWith([["社員番号"]]);
    await expect(createExcelHost(excel.run, allApis).readSheet("ない")).rejects.toMatchObject({
      code: "ItemNotFound",
    });
  });
});
