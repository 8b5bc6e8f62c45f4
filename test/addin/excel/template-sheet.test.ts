import { createExcelHost } from "../../../addin/excel/excel-host";
import { rosterTemplate } from "../../../shared/sheets/roster-template";
import { FakeExcel } from "../support/fake-excel";

describe("createTemplateSheet", () => {
  test("headers, drop-downs on the nine closed columns, frozen bold heading: one sync", async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet("Sheet1");
    const name = await createExcelHost(excel.run, { supports: () => true }).createTemplateSheet(
      "社員名簿",
    );
    expect(name).toBe("社員名簿");
    expect(excel.syncs).toHaveLength(1);
    const sheet = excel.workbook.sheet("社員名簿")!;
    const { headers } = rosterTemplate();
    expect(headers.map((_, c) => sheet.value(0, c))).toEqual(headers);
    expect(sheet.cell(0, 0)).toMatchObject({ bold: true, numberFormat: "@" });
    expect(sheet.frozenRows).toBe(1);
    const lists = sheet.validations.map((v) => [
      headers[v.range.column],
      v.range.row,
      v.range.rows,
      (v.rule as { list: { source: string } }).list.source,
    ]);
    expect(lists).toEqual([
      ["性別", 1, 1_048_575, "女性,男性"],
      ["雇用形態", 1, 1_048_575, "正規,非正規,派遣"],
      ["雇用期間", 1, 1_048_575, "無期,有期"],
      ["職階", 1, 1_048_575, "役員,部長級,課長級,係長級,一般"],
      ["退職金制度", 1, 1_048_575, "対象,対象外"],
      ["勤務地", 1, 1_048_575, "都内,都外"],
      ["雇用保険", 1, 1_048_575, "加入,未加入"],
      ["使用人兼務", 1, 1_048_575, "はい,いいえ"],
      ["1年以上雇用見込み", 1, 1_048_575, "はい,いいえ"],
    ]);
    expect(excel.workbook.activeSheet?.name).toBe("社員名簿");
  });

  test("a taken name is never overwritten: the new sheet gets a free name", async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet("社員名簿").put([["大事なデータ"]]);
    excel.workbook.addSheet("社員名簿 (2)");
    const name = await createExcelHost(excel.run).createTemplateSheet("社員名簿");
    expect(name).toBe("社員名簿 (3)");
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
    expect(excel.workbook.sheet("社員名簿")!.value(0, 0)).toBe("大事なデータ");
    expect(excel.workbook.sheet("社員名簿 (3)")!.value(0, 0)).toBe("社員番号");
  });

  test("ExcelApi 1.7 (no data validation): the sheet without drop-downs, still one sync", async () => {
    const excel = new FakeExcel(7);
    excel.workbook.addSheet("Sheet1");
    const host = createExcelHost(excel.run, { supports: (minor) => minor <= 7 });
    expect(await host.createTemplateSheet("社員名簿")).toBe("社員名簿");
    expect(excel.syncs).toHaveLength(1);
    const sheet = excel.workbook.sheet("社員名簿")!;
    expect(sheet.value(0, 0)).toBe("社員番号");
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.validations).toEqual([]);
  });

  test("the fake refuses data validation below ExcelApi 1.8 (the guard is what helps)", async () => {
    const excel = new FakeExcel(7);
    excel.workbook.addSheet("Sheet1");
    await expect(
      createExcelHost(excel.run, { supports: () => true }).createTemplateSheet("社員名簿"),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
