import ExcelJS from "exceljs";
import fc from "fast-check";
import Papa from "papaparse";
import { loadDemoData } from "../../dashboard/server/first-start";
import { submitAlteredRecord } from "./support/submit-record";
import { startTestApp, type TestApp } from "./support/test-app";

jest.setTimeout(60_000);

/** What spreadsheet programs read as the start of a formula (or DDE) in a CSV cell. */
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;
const FORMULA_PAYLOAD = "=cmd|'/c calc'!A1";

const asHtmlText = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");

/**
 * A record carries no free text (industry and size band are codes; `.strict()` refuses any
 * other field), so input reaches an export only through the editable report texts. Both paths
 * are attacked here.
 */
describe("exports never start a formula from input, HTML shows markup as text", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite");
    await loadDemoData(t.db.storage);
  });
  afterAll(async () => t?.close());

  const version = async (id: string): Promise<number> => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/report/texts?fiscalYear=2025",
      headers: { cookie: t.cookie.policy },
    });
    return (response.json().items as { id: string; version: number }[]).find((i) => i.id === id)!
      .version;
  };
  const saveText = async (id: string, text: string) => {
    const response = await t.app.inject({
      method: "PUT",
      url: "/api/report/texts",
      headers: { cookie: t.cookie.policy },
      payload: { fiscalYear: 2025, items: [{ id, text, version: await version(id) }] },
    });
    expect(response.statusCode).toBe(200);
  };
  const exportAs = (format: "csv" | "xlsx" | "html") =>
    t.app.inject({
      method: "GET",
      url: `/api/report?fiscalYear=2025&format=${format}`,
      headers: { cookie: t.cookie.policy },
    });
  const xlsxCells = async (): Promise<ExcelJS.Cell[]> => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportAs("xlsx")).rawPayload as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell))));
    return cells;
  };
  const stringsOf = (cells: ExcelJS.Cell[]) =>
    cells.flatMap((cell) => (typeof cell.value === "string" ? [cell.value] : []));
  const csvCells = async () => {
    const text = (await exportAs("csv")).rawPayload.toString("utf8").slice(1);
    return Papa.parse<string[]>(text).data.flat();
  };

  it.each([
    ["industry", (r: Record<string, unknown>) => (r["industry"] = FORMULA_PAYLOAD)],
    ["companyName", (r: Record<string, unknown>) => (r["companyName"] = FORMULA_PAYLOAD)],
    ["sizeBand", (r: Record<string, unknown>) => (r["sizeBand"] = FORMULA_PAYLOAD)],
  ])("refuses a record carrying a formula in %s (400, naming the field)", async (field, put) => {
    const response = await submitAlteredRecord(t, put);
    expect(response.statusCode).toBe(400);
    const paths = (response.json().error.fields as { path: string }[]).map((f) => f.path);
    expect(paths.join(" ")).toContain(field);
  });

  it("CSV: no cell of the whole file starts a formula, whatever the edited text starts with", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("=", "+", "-", "@", "\t", "\r", "=+", "-="),
        fc.string({ maxLength: 40 }),
        async (start, rest) => {
          const text = `${start}${rest}`;
          await saveText("19", text);
          const cells = await csvCells();
          expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([]);
          expect(cells).toContain(`'${text}`);
        },
      ),
      { numRuns: 10 },
    );
  });

  it("control: the same check finds a formula in a CSV written without escaping", () => {
    const unescaped = Papa.unparse([["19", FORMULA_PAYLOAD]]);
    const cells = Papa.parse<string[]>(unescaped).data.flat();
    expect(cells.filter((c) => FORMULA_START.test(c))).toEqual([FORMULA_PAYLOAD]);
  });

  it("xlsx: every cell is a value, never a formula; the payload comes back as the same string", async () => {
    await saveText("19", FORMULA_PAYLOAD);
    await saveText("8", "=1+1");
    const cells = await xlsxCells();
    for (const cell of cells) {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(cell.formula).toBeUndefined();
    }
    const strings = stringsOf(cells);
    // Issue 15: the .xlsx escapes like the CSV, so the cell stays text even when edited later.
    expect(strings).toContain(`'${FORMULA_PAYLOAD}`);
    expect(strings).toContain("'=1+1");
  });

  it("xlsx: a pasted character XML cannot hold (U+FFFE, U+0001) is dropped, the file still opens", async () => {
    // (A lone surrogate never gets this far: the database stores it as U+FFFD.)
    await saveText("19", "実績\ufffe本文\u0001です。");
    expect(stringsOf(await xlsxCells())).toContain("実績本文です。");
  });

  it("HTML: any markup in an edited text renders as text", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "<script>alert(1)</script>",
          '"><img src=x onerror=alert(1)>',
          "<svg/onload=alert(1)>",
          "</td></tr></table><script>x</script>",
          "&lt;script&gt;",
        ),
        fc.string({ maxLength: 20 }),
        async (payload, noise) => {
          await saveText("47", `${noise}${payload}${noise}`);
          const body = (await exportAs("html")).body;
          // No element from the payload, and no event-handler attribute inside any tag.
          expect(body).not.toMatch(/<(script|img|svg)/i);
          expect(body).not.toMatch(/<[^>]*\son\w+=/i);
          expect(body).toContain(asHtmlText(payload));
        },
      ),
      { numRuns: 8 },
    );
  });
});
