import fc from "fast-check";
import { buildResultSheets } from "../../../shared/sheets/build-result-sheets";
import type { ResultSheet, SheetCell } from "../../../shared/sheets/result-sheet";
import { resultSheetsToXlsx } from "../../../shared/sheets/result-sheets-xlsx";
import { APP_AB, APPLICATION, evaluate, REPORT, snapshot } from "./fixtures";
import { formulaSafeText } from "../../../shared/sheets/formula-safe-text";
import { readBack } from "./xlsx-read-back";

/** The cells as the .xlsx should give them back: empty strings are empty cells, trailing empties trimmed. */
function expected(rows: readonly SheetCell[][]): SheetCell[][] {
  return rows.map((row) => {
    // Text that starts like a formula comes back with the shared leading apostrophe (issue 15).
    const cells = row.map((c) =>
      c === "" ? null : typeof c === "string" ? formulaSafeText(c) : c,
    );
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
}

describe("resultSheetsToXlsx", () => {
  test("every sheet reads back with the same names and values", async () => {
    const sheets = buildResultSheets({
      application: APPLICATION,
      report: REPORT,
      app: APP_AB,
      evaluation: evaluate(APP_AB),
    });
    const back = await readBack(await resultSheetsToXlsx(sheets));
    expect(back.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    back.forEach((sheet, i) => {
      expect(sheet.rows).toEqual(expected(sheets[i]!.rows));
      expect(sheet.formulas).toEqual([]);
    });
  });

  test("a category named =1+1 or +cmd and a value =HYPERLINK(...) stay text, never formulas", async () => {
    const roster = snapshot("=SUM(A1)", [
      { id: '=HYPERLINK("http://x")', sex: "女性", category: "=1+1" },
      { id: "E2", sex: "男性", category: "+cmd|' /C calc'!A0" },
      { id: "E3", sex: "男性", category: "@SUM(1)" },
      { id: "E4", sex: "男性", category: "-2+3" },
    ]);
    const app = {
      actions: ["A" as const],
      targets: { A: "=1+1" },
      period: { start: "2025-08-01", end: "2026-01-31" },
    };
    const sheets = buildResultSheets({ application: roster, app });
    const back = await readBack(await resultSheetsToXlsx(sheets));
    const ratio = back.find((s) => s.name === "区分別女性比率")!;
    expect(ratio.rows.slice(1, 5).map((r) => r[0])).toEqual([
      "'=1+1",
      "'+cmd|' /C calc'!A0",
      "'@SUM(1)",
      "'-2+3",
    ]);
    const list = back.find((s) => s.name === "申請時_区分_=1+1")!;
    expect(list.rows[3]![1]).toBe(`'=HYPERLINK("http://x")`);
    for (const sheet of back) expect(sheet.formulas).toEqual([]);
    // The cell type is a string, not a formula that ExcelJS would calculate.
    const cell = ratio.workbook.getWorksheet("区分別女性比率")!.getCell("A2");
    expect(cell.type).toBe(3 /* ValueType.String */);
    expect(cell.numFmt).toBe("@");
  });

  test("dates are real dates with a date format; headings bold, frozen and repeated on A4", async () => {
    const sheets = buildResultSheets({ application: APPLICATION, report: REPORT, app: APP_AB });
    const bytes = await resultSheetsToXlsx(sheets);
    const [first] = await readBack(bytes);
    const ws = first!.workbook.getWorksheet("報告時_管理職一覧")!;
    // Heading row 3, first data row 4: E001, 就任日 2022-04-01 in column H (8th).
    const date = ws.getRow(4).getCell(8);
    expect(date.value).toEqual(new Date(Date.UTC(2022, 3, 1)));
    expect(date.numFmt).toBe("yyyy/m/d");
    expect(ws.getRow(3).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe("1:3");
    expect(ws.getColumn(2).width).toBe(12);
    const ratio = first!.workbook.getWorksheet("区分別女性比率")!;
    expect(ratio.getCell("B2").numFmt).toBe("0.0%");
    expect(ratio.getCell("B2").value).toBe(0.286);
  });

  test("property: any cells round-trip, text stays text whatever it starts with", async () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.constantFrom(
        "=1+1",
        "+cmd",
        "-1",
        "@x",
        "'quoted",
        " padded ",
        "0123",
        "2025/1/1",
        "TRUE",
      ),
    );
    const date = fc
      .date({
        min: new Date(Date.UTC(1901, 0, 1)),
        max: new Date(Date.UTC(9998, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => ({ date: d.toISOString().slice(0, 10) }));
    const cell: fc.Arbitrary<SheetCell> = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      date,
    );
    const sheet = fc.record({
      rows: fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 }),
      headerRows: fc.integer({ min: 0, max: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (specs) => {
        const sheets: ResultSheet[] = specs.map((s, i) => ({ name: `S${i}`, ...s }));
        const back = await readBack(await resultSheetsToXlsx(sheets));
        back.forEach((b, i) => {
          const want = expected(sheets[i]!.rows);
          while (want.length > 0 && want[want.length - 1]!.length === 0) want.pop();
          const got = b.rows.slice();
          while (got.length > 0 && got[got.length - 1]!.length === 0) got.pop();
          expect(got).toEqual(want);
          expect(b.formulas).toEqual([]);
        });
      }),
      { numRuns: 40 },
    );
  });
});
