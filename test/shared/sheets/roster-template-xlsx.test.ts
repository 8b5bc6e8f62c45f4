import { Workbook, type DataValidation, type Worksheet } from "exceljs";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { readRosterXlsx } from "../../../shared/roster/read-xlsx";
import { rosterTemplateXlsx } from "../../../shared/sheets/roster-template-xlsx";

/** ROSTER-TEMPLATE.md's header order, written out so a change to COLUMNS shows up here. */
const HEADERS = [
  "社員番号",
  "氏名",
  "性別",
  "雇用管理区分",
  "雇用形態",
  "雇用期間",
  "採用日",
  "職階",
  "役職名",
  "就任日",
  "役職手当（月額）",
  "退職金制度",
  "勤務地",
  "雇用保険",
  "研修受講日",
  "年間賃金",
  "週所定労働時間",
  "使用人兼務",
  "1年以上雇用見込み",
];

/** Column letter → the list the drop-down must offer (C 性別 … S 1年以上雇用見込み). */
const LISTS: Record<string, string[]> = {
  C: ["女性", "男性"],
  E: ["正規", "非正規", "派遣"],
  F: ["無期", "有期"],
  H: ["役員", "部長級", "課長級", "係長級", "一般"],
  L: ["対象", "対象外"],
  M: ["都内", "都外"],
  N: ["加入", "未加入"],
  R: ["はい", "いいえ"],
  S: ["はい", "いいえ"],
};

const LETTERS = "ABCDEFGHIJKLMNOPQRS".split("");

async function load(bytes: Uint8Array): Promise<Worksheet[]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<Workbook["xlsx"]["load"]>[0]);
  return workbook.worksheets;
}

/** A list validation's values: ExcelJS reads the formula back as `"a,b"`. */
function listValues(validation: DataValidation | undefined): string[] | undefined {
  if (validation === undefined || validation.type !== "list") return undefined;
  const formula = String(validation.formulae[0]);
  return formula.replace(/^"|"$/g, "").split(",");
}

describe("rosterTemplateXlsx", () => {
  let bytes: Uint8Array;
  let ws: Worksheet;
  beforeAll(async () => {
    bytes = await rosterTemplateXlsx();
    const sheets = await load(bytes);
    // One sheet only: the pane reads every sheet of a dropped workbook as a roster.
    expect(sheets.map((s) => s.name)).toEqual(["社員名簿"]);
    ws = sheets[0]!;
  });

  test("a bold, frozen header row with the template headers and room for them", () => {
    const row = ws.getRow(1);
    expect(HEADERS.map((_, i) => row.getCell(i + 1).value)).toEqual(HEADERS);
    expect(row.getCell(HEADERS.length + 1).value).toBeNull();
    expect(row.getCell(1).font?.bold).toBe(true);
    expect(row.getCell(17).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // 役職手当（月額） is 8 characters: 8 × 2 + 2 = 18; short headers get the minimum 12.
    expect(ws.getColumn(11).width).toBe(18);
    expect(ws.getColumn(3).width).toBe(12);
    expect(ws.rowCount).toBe(1);
  });

  test("says in Japanese how to fill it in", () => {
    const note = ws.getCell("A1").note;
    const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
    expect(text).toContain("2行目から1人1行");
  });

  test("drop-downs on exactly the closed columns, rows 2–1001", () => {
    for (const letter of LETTERS) {
      const expected = LISTS[letter];
      expect({ letter, values: listValues(ws.getCell(`${letter}2`).dataValidation) }).toEqual({
        letter,
        values: expected,
      });
      expect(listValues(ws.getCell(`${letter}1001`).dataValidation)).toEqual(expected);
      expect(ws.getCell(`${letter}1`).dataValidation).toBeUndefined();
      expect(ws.getCell(`${letter}1002`).dataValidation).toBeUndefined();
    }
    // A warning, as in Excel: other accepted spellings (女, 正社員) can still be typed.
    expect(ws.getCell("C500").dataValidation).toMatchObject({
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: "warning",
    });
  });

  test("every drop-down value parses back as a valid value", () => {
    const required: Record<string, string> = {
      A: "E001",
      C: "女性",
      D: "総合職",
      E: "正規",
      H: "一般",
    };
    let checked = 0;
    for (const letter of LETTERS) {
      for (const value of listValues(ws.getCell(`${letter}2`).dataValidation) ?? []) {
        const row = LETTERS.map((l) => required[l] ?? "");
        row[LETTERS.indexOf(letter)] = value;
        const read = parseRoster([HEADERS, row]);
        const errors = read.issues.filter((i) => i.severity === "error");
        expect({ value, errors }).toEqual({ value, errors: [] });
        expect(read.workers).toHaveLength(1);
        checked++;
      }
    }
    // 2 + 3 + 2 + 5 + 2 + 2 + 2 + 2 + 2 values in the nine lists.
    expect(checked).toBe(22);
  });

  test("the blank template reads as a roster with every column recognised and no worker", async () => {
    const read = await readRosterXlsx(bytes);
    expect(read.workers).toEqual([]);
    expect(read.issues.filter((i) => i.code === "MISSING_COLUMN")).toEqual([]);
    expect(read.extraHeaders).toEqual([]);
  });
});
