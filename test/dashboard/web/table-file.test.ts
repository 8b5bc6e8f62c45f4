import ExcelJS from "exceljs";
import fc from "fast-check";
import Papa from "papaparse";
import {
  tableCsv,
  tableFileName,
  tableLines,
  tableXlsx,
  type TableText,
} from "../../../dashboard/web/src/lib/table-file";

const TABLE: TableText = {
  caption: "業種別の提出企業数",
  source: "公表番号 3（2026-12-01 公表）",
  header: ["業種", "提出企業数", "取組A 達成"],
  rows: [
    ["建設業", "12", "X"],
    ["製造業", "30", "-"],
    ['=HYPERLINK("http://x")\n', "4", "X"],
  ],
};

describe("tables analysts take away", () => {
  it("start with the caption and the release, then the header, figures as shown (X kept)", () => {
    expect(tableLines(TABLE).slice(0, 4)).toEqual([
      ["業種別の提出企業数"],
      ["公表番号 3（2026-12-01 公表）"],
      ["業種", "提出企業数", "取組A 達成"],
      ["建設業", "12", "X"],
    ]);
  });

  it("CSV: UTF-8 BOM, CRLF, X kept, and a label that looks like a formula stays text", () => {
    const csv = tableCsv(TABLE);
    expect(csv.startsWith("\ufeff業種別の提出企業数\r\n")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1)).data;
    expect(rows[3]).toEqual(["建設業", "12", "X"]);
    expect(rows[5]![0]).toBe('\'=HYPERLINK("http://x")\n');
  });

  it("CSV: no cell of any table starts a formula, whatever the labels (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (labels) => {
        const csv = tableCsv({ ...TABLE, rows: labels.map((l) => [l, "1", "X"]) });
        for (const row of Papa.parse<string[]>(csv.slice(1)).data)
          for (const cell of row) expect(/^[=+\-@\t\r\n＝＋－＠]/.test(cell)).toBe(false);
      }),
    );
  });

  it("xlsx: the same lines as text cells, X kept", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await tableXlsx(TABLE));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(2).getCell(1).value).toBe("公表番号 3（2026-12-01 公表）");
    expect(sheet.getRow(4).getCell(3).value).toBe("X");
    expect(sheet.getRow(6).getCell(1).value).toBe('\'=HYPERLINK("http://x")\n');
  });

  it("names the file after the caption, without characters a file system refuses", () => {
    expect(tableFileName("回別: A/B <比較>", "csv")).toBe("回別_ A_B _比較_.csv");
    expect(tableFileName("", "xlsx")).toBe("table.xlsx");
  });
});
