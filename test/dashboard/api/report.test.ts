import ExcelJS from "exceljs";
import Papa from "papaparse";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import { loadDemoData } from "../../../dashboard/server/first-start";
import { startTestApp, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(60_000);

interface TextItem {
  id: string;
  generatedText: string;
  editedText: string | null;
  text: string;
  version: number;
}

describe.each(DRIVERS)("the annual progress report on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
    await loadDemoData(t.db.storage);
  });
  afterAll(async () => t?.close());

  const exportAs = (format: string, who: "policy" | "admin" = "policy") =>
    t.app.inject({
      method: "GET",
      url: `/api/report?fiscalYear=2025&format=${format}`,
      headers: { cookie: t.cookie[who] },
    });
  const texts = async (): Promise<TextItem[]> =>
    (
      await t.app.inject({
        method: "GET",
        url: "/api/report/texts?fiscalYear=2025",
        headers: { cookie: t.cookie.policy },
      })
    ).json().items;
  const save = (items: { id: string; text: string | null; version: number }[]) =>
    t.app.inject({
      method: "PUT",
      url: "/api/report/texts",
      headers: { cookie: t.cookie.policy },
      payload: { fiscalYear: 2025, items },
    });

  describe("texts", () => {
    it("generates each item's 取組実績 from the published figures, X where suppressed", async () => {
      const items = await texts();
      expect(items.map((i) => i.id)).toEqual(["8", "19", "47", "164"]);
      const seminars = items.find((i) => i.id === "8")!;
      expect(seminars.generatedText).toContain(
        `統計データを提出した企業は${demoRecords().length}社`,
      );
      // Numbers of companies are public (issue 14): the round of two shows its 2.
      expect(seminars.generatedText).toContain("第6回2社");
      expect(seminars.text).toBe(seminars.generatedText);
      expect(items.find((i) => i.id === "19")!.generatedText).toMatch(
        /新たに管理職に就いた女性は\d+人/,
      );
    });

    it("saves edits with versions: a stale version is 409, null returns to the generated text", async () => {
      const [first] = await texts();
      const saved = await save([{ id: "8", text: "編集した実績。", version: first!.version }]);
      expect(saved.statusCode).toBe(200);
      const edited = saved.json().items.find((i: TextItem) => i.id === "8");
      expect(edited).toMatchObject({
        editedText: "編集した実績。",
        text: "編集した実績。",
        version: first!.version + 1,
      });

      const stale = await save([{ id: "8", text: "古い版からの編集", version: first!.version }]);
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: "TEXT_VERSION_CONFLICT", itemIds: ["8"] });

      const reset = await save([{ id: "8", text: null, version: edited.version }]);
      const back = reset.json().items.find((i: TextItem) => i.id === "8");
      expect(back.text).toBe(back.generatedText);
    });

    it.each([
      [
        "an unknown item",
        { fiscalYear: 2025, items: [{ id: "999", text: "x", version: 0 }] },
        "items.0.id",
      ],
      [
        "a text above 4000 characters",
        { fiscalYear: 2025, items: [{ id: "8", text: "あ".repeat(4001), version: 0 }] },
        "items.0.text",
      ],
      [
        "a year without a schedule",
        { fiscalYear: 2031, items: [{ id: "8", text: "x", version: 0 }] },
        "fiscalYear",
      ],
      ["no items", { fiscalYear: 2025, items: [] }, "items"],
      [
        "a missing version",
        { fiscalYear: 2025, items: [{ id: "8", text: "x" }] },
        "items.0.version",
      ],
    ])("refuses %s with 400", async (_name, payload, field) => {
      const response = await t.app.inject({
        method: "PUT",
        url: "/api/report/texts",
        headers: { cookie: t.cookie.admin },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    });
  });

  describe("exports", () => {
    const hostile = '=HYPERLINK("http://evil.example","click") <script>alert(1)</script>';
    beforeAll(async () => {
      const item = (await texts()).find((i) => i.id === "19")!;
      expect((await save([{ id: "19", text: hostile, version: item.version }])).statusCode).toBe(
        200,
      );
    });

    it("CSV: UTF-8 BOM, the seed's four columns, heading rows, formulas escaped", async () => {
      const response = await exportAs("csv");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(response.headers["content-disposition"]).toContain(
        'filename="progress-report-2025.csv"',
      );
      expect(response.headers["content-disposition"]).toContain("filename*=UTF-8''");
      const bytes = response.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = Papa.parse<string[]>(bytes.toString("utf8").slice(1)).data;
      // The organisation line first (as seed 000), then the header row.
      expect(rows[0]).toEqual(["公益財団法人東京しごと財団", "", "", ""]);
      expect(rows[1]).toEqual([
        "番号",
        "項目",
        "「東京都女性活躍推進計画」記載の内容",
        "令和7年度取組実績",
      ]);
      expect(rows[2]).toEqual(["I（サンプル）大項目", "", "", ""]);
      const row19 = rows.find((r) => r[0] === "19")!;
      expect(row19[1]).toBe("【サンプル】女性の登用促進");
      expect(row19[3]).toBe(`'${hostile}`);
      expect(rows.find((r) => r[0] === "8")![3]).toContain("第6回2社");
    });

    it("xlsx: reads back with ExcelJS, laid out for printing, text as text, X kept", async () => {
      const response = await exportAs("xlsx", "admin");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(["取組実績", "集計表"]);
      const sheet = workbook.getWorksheet("取組実績")!;
      expect(String(sheet.getCell("A1").value)).toContain("令和7年度取組実績");
      expect(sheet.getRow(3).values).toEqual([
        undefined,
        "番号",
        "項目",
        "「東京都女性活躍推進計画」記載の内容",
        "令和7年度取組実績",
      ]);
      expect(sheet.pageSetup).toMatchObject({
        orientation: "landscape",
        paperSize: 9,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(sheet.pageSetup.printTitlesRow).toBe("3:3");
      let found = false;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === "19") {
          // A string, not a formula, with the shared leading apostrophe (issue 15).
          expect(row.getCell(4).value).toBe(`'${hostile}`);
          expect(row.getCell(4).alignment).toMatchObject({ wrapText: true });
          found = true;
        }
      });
      expect(found).toBe(true);

      const annex = workbook.getWorksheet("集計表")!;
      const byLabel = new Map<string, unknown[]>();
      annex.eachRow((row) => {
        const values = row.values as unknown[];
        byLabel.set(String(values[1]), values.slice(2));
      });
      expect(byLabel.get("年度計")![1]).toBe(demoRecords().length);
      expect(
        byLabel
          .get("第6回")!
          .slice(2, 11)
          .every((v) => v === "X" || v === 0),
      ).toBe(true);
      expect(byLabel.get("第6回")![1]).toBe(2); // numbers of companies are public (issue 14)
      expect(byLabel.get("第1回")![0]).toBe(100);
    });

    it("HTML: a print-ready page, escaped, that may load and run nothing", async () => {
      const response = await exportAs("html");
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(response.body).toContain('<html lang="ja">');
      expect(response.body).toContain("@page { size: A4 landscape");
      expect(response.body).toContain('<thead><tr><th scope="col">番号</th>');
      expect(response.body).not.toContain("<script>");
      expect(response.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect(response.body).toMatch(/<th scope="row">第6回<\/th>(<td class="num">[^<]*<\/td>)+/);
    });

    it("logs every export in the audit log", async () => {
      const exports = (await t.db.storage.listAudit(100)).filter((a) => a.action === "export");
      expect(exports.map((a) => a.detail["format"]).sort()).toEqual(["csv", "html", "xlsx"]);
    });

    it.each([["format=pdf"], [""], ["format=csv&fiscalYear=2031"]])(
      "refuses ?fiscalYear=2025&%s with 400",
      async (query) => {
        const response = await t.app.inject({
          method: "GET",
          url: `/api/report?fiscalYear=2025&${query}`.replace(
            "fiscalYear=2025&format=csv&fiscalYear=2031",
            "fiscalYear=2031&format=csv",
          ),
          headers: { cookie: t.cookie.policy },
        });
        expect(response.statusCode).toBe(400);
      },
    );
  });
});
