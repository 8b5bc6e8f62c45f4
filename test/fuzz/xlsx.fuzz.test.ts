import ExcelJS from "exceljs";
import fc from "fast-check";
import { readRosterXlsx } from "../../shared/roster/read-xlsx";
import type { RosterIssue } from "../../shared/roster/issue";
import type { RosterReadResult } from "../../shared/roster/read-result";
import { RosterFileError } from "../../shared/roster/roster-file-error";
import { sheet, TEMPLATE } from "../shared/roster/roster-cells";
import { documentedFileError, expectRejectionsExplained } from "./roster-read-checks";
import { hostileCell } from "./hostile-cells";

jest.setTimeout(60_000);

/**
 * .xlsx files with odd insides, built with ExcelJS: no sheet at all, many sheets, odd sheet
 * names, merged cells, formulas whose result is an error, Excel's longest strings, dates as
 * text, the 1904 date system, rich text and hyperlinks. readRosterXlsx may only throw its
 * documented RosterFileError; any result explains every rejected row.
 */
type XlsxValue = ExcelJS.CellValue;

const excelValue: fc.Arbitrary<XlsxValue> = fc.oneof(
  hostileCell.map((v) =>
    typeof v === "string" ? v.slice(0, 32_767) : (v ?? null),
  ) as fc.Arbitrary<XlsxValue>,
  fc.constantFrom<XlsxValue>(
    { formula: "1/0", result: { error: "#DIV/0!" } },
    { formula: "NA()", result: { error: "#N/A" } },
    { formula: "A1", result: { error: "#REF!" } },
    { formula: "1+1", result: 2 },
    { formula: '"女性"', result: "女性" },
    { formula: "TODAY()" },
    { error: "#VALUE!" },
    { richText: [{ text: "女" }, { text: "性", font: { bold: true } }] },
    { text: "総合職", hyperlink: "https://example.com" },
    new Date(Date.UTC(2020, 3, 1)),
    new Date(Date.UTC(1899, 11, 31)),
    "2020/04/01",
    "令和2年4月1日",
    "R2.4.1",
    "x".repeat(32_767),
  ),
);

const SHEET_NAMES = fc.constantFrom(
  "名簿",
  "Sheet1",
  "😀",
  "a".repeat(31),
  "申請時 (2)",
  "it's",
  "Ｓｈｅｅｔ１",
);

interface WorkbookPlan {
  sheets: { name: string; planted: { row: number; col: number; value: XlsxValue }[] }[];
  date1904: boolean;
  merges: { top: number; left: number; height: number; width: number }[];
}

const plan: fc.Arbitrary<WorkbookPlan> = fc.record({
  sheets: fc.uniqueArray(
    fc.record({
      name: SHEET_NAMES,
      planted: fc.array(
        fc.record({
          row: fc.integer({ min: 1, max: 8 }),
          col: fc.integer({ min: 1, max: TEMPLATE.length + 2 }),
          value: excelValue,
        }),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 4, selector: (s) => s.name },
  ),
  date1904: fc.boolean(),
  merges: fc.array(
    fc.record({
      top: fc.integer({ min: 1, max: 6 }),
      left: fc.integer({ min: 1, max: TEMPLATE.length }),
      height: fc.integer({ min: 1, max: 3 }),
      width: fc.integer({ min: 1, max: 3 }),
    }),
    { maxLength: 1 },
  ),
});

/**
 * ExcelJS writes such characters raw (Excel itself escapes them as _xHHHH_), producing XML that
 * no parser accepts: for those files "unreadable" is the right answer.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const writesInvalidXml = (p: WorkbookPlan) =>
  p.sheets.some((s) =>
    s.planted.some((c) => typeof c.value === "string" && XML_INVALID.test(c.value)),
  );

async function build(p: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = p.date1904;
  for (const s of p.sheets) {
    const ws = workbook.addWorksheet(s.name);
    ws.addRows(sheet(Array.from({ length: 6 }, () => ({}))));
    for (const { row, col, value } of s.planted) ws.getCell(row, col).value = value;
    for (const m of p.merges) {
      try {
        ws.mergeCells(m.top, m.left, m.top + m.height - 1, m.left + m.width - 1);
      } catch {
        // ExcelJS refuses overlapping merges; a workbook without that merge is fine too.
      }
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function read(bytes: Uint8Array, name?: string): Promise<RosterReadResult | RosterFileError> {
  try {
    return await readRosterXlsx(bytes, name);
  } catch (error) {
    return documentedFileError(error);
  }
}

/** A rejected row's error must name its column (a row-level error alone would say too little). */
const namesColumn = (error: RosterIssue) => error.column.length > 0;

describe("fuzz: odd .xlsx workbooks", () => {
  it("never crash; only RosterFileError is thrown, and it names the problem", async () => {
    await fc.assert(
      fc.asyncProperty(plan, fc.option(SHEET_NAMES, { nil: undefined }), async (p, pick) => {
        const outcome = await read(await build(p), pick);
        if (outcome instanceof RosterFileError) {
          const allowed = new Set<string>();
          if (p.sheets.length === 0) allowed.add("noWorksheet");
          if (writesInvalidXml(p)) allowed.add("unreadable");
          if (pick !== undefined && !p.sheets.some((s) => s.name === pick))
            allowed.add("unknownSheet");
          expect([...allowed]).toContain(outcome.problem);
        } else expectRejectionsExplained(outcome, namesColumn);
      }),
      { numRuns: 60 },
    );
  });

  it("a formula whose result is an error is an issue at that cell, not a crash", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("名簿");
    ws.addRows(sheet([{}, {}]));
    ws.getCell(3, 3).value = { formula: "1/0", result: { error: "#DIV/0!" } }; // 性別, row 3
    const result = await read(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(result).not.toBeInstanceOf(RosterFileError);
    const issues = (result as RosterReadResult).issues.filter((i) => i.row === 3);
    expect(issues.map((i) => [i.column, i.severity])).toContainEqual(["性別", "error"]);
  });

  it("bytes that are no workbook, or a truncated one, are an 'unreadable' RosterFileError", async () => {
    const good = await build({
      sheets: [{ name: "名簿", planted: [] }],
      date1904: false,
      merges: [],
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: good.length - 1 }), async (cut) => {
        const outcome = await read(good.subarray(0, cut));
        if (outcome instanceof RosterFileError) expect(outcome.problem).toBe("unreadable");
        else expectRejectionsExplained(outcome, namesColumn);
      }),
      { numRuns: 40 },
    );
  });
});
