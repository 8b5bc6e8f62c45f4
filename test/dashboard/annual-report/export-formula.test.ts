import ExcelJS from "exceljs";
import fc from "fast-check";
import Papa from "papaparse";
import { reportCsv } from "../../../dashboard/server/annual-report/export-csv";
import { reportXlsx } from "../../../dashboard/server/annual-report/export-xlsx";
import type { ReportDocument } from "../../../dashboard/server/annual-report/report-document";
import { FORMULA_START, formulaTexts } from "../../support/formula-texts";

jest.setTimeout(60_000);

/** A report whose every text a user (or the plan file) could set is one of `t`. */
function documentOf(t: readonly string[]): ReportDocument {
  const at = (i: number) => t[i % t.length]!;
  return {
    fiscalYear: 2025,
    title: at(0),
    organisation: "東京都",
    programme: at(1),
    columns: [at(2), at(3), "計画", "実績"],
    rows: [
      { kind: "heading", level: 1, text: at(4) },
      { kind: "item", number: at(5), title: at(6), planText: at(7), achievement: at(8) },
      { kind: "item", number: "19", title: "好事例", planText: at(9), achievement: at(10) },
    ],
    annex: { header: ["回", "提出企業数"], rows: [] },
    notes: [],
  };
}

describe("the dashboard's report exports escape every cell by its first character", () => {
  it("CSV: papaparse's escapeFormulae missed this (a text with a line break)", () => {
    const csv = reportCsv(documentOf(['=HYPERLINK("http://x","Click")\n']));
    const cells = Papa.parse<string[]>(csv.slice(1)).data.flat();
    expect(cells).toContain(`'=HYPERLINK("http://x","Click")\n`);
    expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
  });

  it("CSV: no cell of the file starts a formula, for random texts", () => {
    fc.assert(
      fc.property(fc.array(formulaTexts, { minLength: 1, maxLength: 11 }), (texts) => {
        const csv = reportCsv(documentOf(texts));
        const cells = Papa.parse<string[]>(csv.slice(1), { newline: "\r\n" }).data.flat();
        expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it("xlsx: no string cell starts a formula and no cell is a formula, for random texts", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(formulaTexts, { minLength: 1, maxLength: 11 }), async (texts) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await reportXlsx(documentOf(texts))) as unknown as ArrayBuffer);
        const strings: string[] = [];
        workbook.eachSheet((sheet) =>
          sheet.eachRow((row) =>
            row.eachCell((cell) => {
              expect(cell.formula).toBeUndefined();
              if (typeof cell.value === "string") strings.push(cell.value);
            }),
          ),
        );
        expect(strings.filter((s) => FORMULA_START.test(s))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
