import { createExcelHost } from "../../../addin/excel/excel-host";
import { FakeExcel } from "../support/fake-excel";

describe("selectCell and listSheets", () => {
  test("selectCell activates the roster sheet and selects the cell in one sync", async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet("表紙");
    excel.workbook.addSheet("名簿");
    const sheet = { name: "名簿", cells: [], firstRow: 3, firstColumn: 1, date1904: false };
    await createExcelHost(excel.run).selectCell(sheet, 10, 2);
    expect(excel.syncs).toHaveLength(1);
    expect(excel.workbook.activeSheet?.name).toBe("名簿");
    // Spreadsheet row 10 → index 9; roster column 2 of a roster starting in B → D.
    expect(excel.workbook.selection).toEqual({
      sheet: "名簿",
      row: 9,
      column: 3,
      rows: 1,
      columns: 1,
    });
  });

  test("listSheets gives visible sheets in tab order in one sync", async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet("申請時");
    excel.workbook.addSheet("隠し").visibility = "Hidden";
    excel.workbook.addSheet("実績報告時");
    expect(await createExcelHost(excel.run).listSheets()).toEqual(["申請時", "実績報告時"]);
    expect(excel.syncs).toHaveLength(1);
  });
});
