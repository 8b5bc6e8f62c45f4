import fc from "fast-check";
import {
  formulaSafeText,
  sheetSafeText,
  startsLikeFormula,
} from "../../../shared/sheets/formula-safe-text";
import type { ResultSheet } from "../../../shared/sheets/result-sheet";
import { resultSheetsToXlsx } from "../../../shared/sheets/result-sheets-xlsx";
import { sheetMatrix } from "../../../addin/excel/sheet-matrix";
import { FORMULA_START, formulaTexts } from "../../support/formula-texts";
import { readBack } from "./xlsx-read-back";

jest.setTimeout(60_000);

describe("formulaSafeText: one escaping for every export", () => {
  it.each([
    ['=HYPERLINK("http://x","Click")\n', `'=HYPERLINK("http://x","Click")\n`],
    ["+1\nsecond line", "'+1\nsecond line"],
    ["-2", "'-2"],
    ["@SUM(1)", "'@SUM(1)"],
    ["\tcmd", "'\tcmd"],
    ["\r=1", "'\r=1"],
    ["\n=1", "'\n=1"],
    ["＝1+1", "'＝1+1"],
    ["＋1", "'＋1"],
    ["－1", "'－1"],
    ["＠A", "'＠A"],
    ["総合職", "総合職"],
    ["a=1", "a=1"],
    ["", ""],
  ])("%j → %j", (text, escaped) => {
    expect(formulaSafeText(text)).toBe(escaped);
  });

  it("escapes exactly the texts that start like a formula, and loses nothing", () => {
    fc.assert(
      fc.property(formulaTexts, (text) => {
        const safe = formulaSafeText(text);
        expect(FORMULA_START.test(safe)).toBe(false);
        expect(safe).toBe(startsLikeFormula(text) ? `'${text}` : text);
      }),
      { numRuns: 2_000 },
    );
  });

  it("for .xlsx: a control character dropped from the front cannot bring a formula forward", () => {
    expect(sheetSafeText("\u0001=1+1")).toBe("'=1+1");
    fc.assert(
      fc.property(formulaTexts, (text) => {
        expect(FORMULA_START.test(sheetSafeText(text))).toBe(false);
      }),
      { numRuns: 1_000 },
    );
  });
});

describe("the add-in's result sheets never hold a cell that starts a formula", () => {
  const sheetOf = (texts: string[]): ResultSheet => ({
    name: "結果",
    headerRows: 1,
    rows: [texts.slice(0, 2), texts.slice(2), [1, texts[0] ?? null]],
  });

  it("in the .xlsx download (read back with ExcelJS)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(formulaTexts, { minLength: 1, maxLength: 6 }), async (texts) => {
        const [sheet] = await readBack(await resultSheetsToXlsx([sheetOf(texts)]));
        expect(sheet!.formulas).toEqual([]);
        const strings = sheet!.rows.flat().filter((c): c is string => typeof c === "string");
        expect(strings.filter((s) => FORMULA_START.test(s))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it("in the values the Excel host writes (sheetMatrix)", () => {
    fc.assert(
      fc.property(fc.array(formulaTexts, { minLength: 1, maxLength: 6 }), (texts) => {
        const { values } = sheetMatrix(sheetOf(texts), false);
        const strings = values.flat().filter((c): c is string => typeof c === "string");
        expect(strings.filter((s) => FORMULA_START.test(s))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
