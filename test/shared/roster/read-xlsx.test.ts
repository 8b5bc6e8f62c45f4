import { Workbook } from "exceljs";
import { readRosterXlsx, xlsxToCells } from "../../../shared/roster/read-xlsx";
import { RosterFileError } from "../../../shared/roster/roster-file-error";

const HEADER = [
  "社員番号",
  "氏名",
  "性別",
  "雇用管理区分",
  "雇用形態",
  "職階",
  "採用日",
  "年間賃金",
  "勤務地",
];

async function bytesOf(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function rosterWorkbook(date1904 = false): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet("申請時");
  sheet.addRow(HEADER);
  sheet.addRow([
    "E1",
    "山田 花子",
    "女性",
    "総合職",
    "正規",
    "係長級",
    new Date(Date.UTC(2025, 9, 1)),
    4800000,
    "都内",
  ]);
  sheet.addRow([
    1002,
    { richText: [{ text: "佐藤 " }, { text: "太郎", font: { bold: true } }] },
    "男",
    { richText: [{ text: "技術" }, { text: "職", font: { italic: true } }] },
    "正社員",
    "一般",
    date1904 ? 44469 : 45931,
    { formula: "12*400000", result: 4800000 },
    "都外",
  ]);
  sheet.addRow([]);
  sheet.addRow([
    "E4",
    "",
    "女",
    "一般職",
    "パート",
    "一般",
    "2025/4/1",
    { formula: "1/0", result: { error: "#DIV/0!" } },
    true,
  ]);
  sheet.getCell("G2").numFmt = "yyyy/m/d";
  workbook.addWorksheet("報告時").addRow(HEADER);
  return bytesOf(workbook);
}

describe("xlsxToCells", () => {
  it("reads the first worksheet: dates as civil dates, formulas by result, rich text as text", async () => {
    const read = await xlsxToCells(await rosterWorkbook());
    expect(read.sheetName).toBe("申請時");
    expect(read.sheetNames).toEqual(["申請時", "報告時"]);
    expect(read.date1904).toBe(false);
    expect(read.cells[1]).toEqual([
      "E1",
      "山田 花子",
      "女性",
      "総合職",
      "正規",
      "係長級",
      "2025-10-01",
      4800000,
      "都内",
    ]);
    expect(read.cells[2]).toEqual([
      1002,
      "佐藤 太郎",
      "男",
      "技術職",
      "正社員",
      "一般",
      45931,
      4800000,
      "都外",
    ]);
    expect(read.cells[3]).toEqual([]);
    expect(read.cells[4]!.slice(7)).toEqual(["#DIV/0!", true]);
  });

  it("picks a sheet by name, also when typed with full-width characters", async () => {
    const bytes = await rosterWorkbook();
    expect((await xlsxToCells(bytes, "報告時")).sheetName).toBe("報告時");
    expect((await xlsxToCells(bytes.buffer as ArrayBuffer, " 報告時 ")).cells).toEqual([HEADER]);
  });

  it("throws a bilingual RosterFileError for an unknown sheet", async () => {
    const bytes = await rosterWorkbook();
    const error = await xlsxToCells(bytes, "名簿").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RosterFileError);
    expect(error).toMatchObject({
      problem: "unknownSheet",
      messageJa: "シート「名簿」がありません。あるシート: 「申請時」「報告時」",
    });
  });

  it("throws a RosterFileError for bytes that are no workbook", async () => {
    const error = await xlsxToCells(new TextEncoder().encode("社員番号,性別\nE1,女")).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RosterFileError);
    expect((error as RosterFileError).problem).toBe("unreadable");
    expect((error as RosterFileError).messageEn).toContain(".xlsx");
  });
});

describe("readRosterXlsx", () => {
  it("turns the sheet into workers and issues with the sheet's row numbers", async () => {
    const result = await readRosterXlsx(await rosterWorkbook());
    expect(result.sheetName).toBe("申請時");
    expect(
      result.workers.map((w) => [
        w.row,
        w.employeeId,
        w.name,
        w.category,
        w.hireDate,
        w.annualWage,
      ]),
    ).toEqual([
      [2, "E1", "山田 花子", "総合職", "2025-10-01", 4800000],
      [3, "1002", "佐藤 太郎", "技術職", "2025-10-01", 4800000],
      [5, "E4", undefined, "一般職", "2025-04-01", undefined],
    ]);
    expect(result.issues.map((i) => [i.row, i.column, i.code, i.value])).toEqual([
      [5, "年間賃金", "NOT_A_NUMBER", "#DIV/0!"],
      [5, "勤務地", "INVALID_VALUE", "TRUE"],
    ]);
    expect(result.rowCount).toBe(3);
  });

  it("reads a 1904-system workbook: date cells and bare serials alike", async () => {
    const result = await readRosterXlsx(await rosterWorkbook(true));
    expect(result.workers.map((w) => w.hireDate)).toEqual([
      "2025-10-01",
      "2025-10-01",
      "2025-04-01",
    ]);
    expect((await xlsxToCells(await rosterWorkbook(true))).date1904).toBe(true);
  });
});
