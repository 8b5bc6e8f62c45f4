/**
 * What real Excel does that a happy-path fake would not: a first read whose answer passes the
 * 5 MB of Excel on the web, a user still typing in a cell, a sheet name Excel refuses.
 */
import { createExcelHost } from "../../../addin/excel/excel-host";
import { PAYLOAD_LIMIT_BYTES } from "../../../addin/excel/payload";
import type { WorkbookHost } from "../../../addin/workbook-host";
import { generateRosterCells } from "../../support/generate-roster";
import { FakeExcel } from "../support/fake-excel";

const allApis = { supports: () => true };
const NOTE = "備考：".padEnd(300, "長い日本語の説明文");

/** 12k rows with a long Japanese note from row `from` on (the header counts as row 0). */
function rosterWithNotes(from: number): string[][] {
  return generateRosterCells(12_000).map((row, r) => [
    ...row,
    r === 0 ? "備考" : r >= from ? `${NOTE}${r}` : "",
  ]);
}

describe("reads that pass the payload limit are cut in half and asked again", () => {
  test("the first read's answer is too big: it is retried smaller, everything arrives", async () => {
    const rows = rosterWithNotes(1);
    const excel = new FakeExcel();
    excel.workbook.addSheet("名簿").put(rows);
    const progress: number[] = [];
    const host = createExcelHost(excel.run, allApis);
    const sheet = await host.readSheet("名簿", (done, total) => progress.push(done / total));
    expect(sheet.cells).toEqual(rows);
    expect(excel.syncs[0]!.failed).toBe("sync");
    expect(excel.syncs.filter((s) => s.failed !== undefined)).toHaveLength(1);
    const answered = excel.syncs.filter((s) => s.failed === undefined);
    expect(Math.max(...answered.map((s) => s.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(progress[progress.length - 1]).toBe(1);
    // Progress moves in steps the pane can show.
    expect(new Set(progress).size).toBeGreaterThan(3);
  });

  test("long text below short first rows: a later batch is retried in halves", async () => {
    const rows = rosterWithNotes(7_000);
    const excel = new FakeExcel();
    excel.workbook.addSheet("名簿").put(rows);
    const sheet = await createExcelHost(excel.run, allApis).readSheet("名簿");
    expect(sheet.cells).toEqual(rows);
    expect(excel.syncs[0]!.failed).toBeUndefined();
    expect(excel.syncs.some((s) => s.failed !== undefined)).toBe(true);
  });

  test("the limit is Excel's, not ours: a 1 MB host still gets the whole roster", async () => {
    const rows = generateRosterCells(5_000);
    const excel = new FakeExcel();
    excel.payloadLimit = 1_000_000;
    excel.workbook.addSheet("名簿").put(rows);
    const sheet = await createExcelHost(excel.run, allApis).readSheet("名簿");
    expect(sheet.cells).toEqual(rows);
  });
});

describe("a user editing a cell", () => {
  const JA = "セルの編集を終えてからもう一度お試しください。";
  const cells = { name: "名簿", cells: [], firstRow: 1, firstColumn: 0, date1904: false };
  const actions: [string, (host: WorkbookHost) => Promise<unknown>][] = [
    ["list the sheets", (host) => host.listSheets()],
    ["read", (host) => host.readSheet("名簿")],
    ["mark", (host) => host.markCells(cells, [{ row: 2, columnIndex: 0, severity: "error" }])],
    ["select", (host) => host.selectCell(cells, 2, 0)],
    ["create the template", (host) => host.createTemplateSheet("社員名簿")],
    [
      "write results",
      (host) => host.writeResultSheets([{ name: "結果", rows: [["a"]], headerRows: 1 }]),
    ],
  ];

  test.each(actions)(
    "%s: the pane hears to finish the edit, in Japanese and English",
    async (_, act) => {
      const excel = new FakeExcel();
      excel.workbook.addSheet("名簿").put([["社員番号"], ["E1"]]);
      excel.cellEditMode = true;
      await expect(act(createExcelHost(excel.run, allApis))).rejects.toMatchObject({
        messageJa: JA,
        messageEn: expect.stringContaining("Finish editing the cell"),
        code: "InvalidOperationInCellEditMode",
      });
    },
  );
});

describe("sheet names cut to 31 UTF-16 units", () => {
  test("a free name for a taken long name never splits a surrogate pair", async () => {
    // 15 × 𠮷 (2 units each) + "a" = 31 units: cutting to 27 for " (2)" would split a pair.
    const wanted = `${"𠮷".repeat(15)}a`;
    const excel = new FakeExcel();
    excel.workbook.addSheet(wanted).put([["大事なデータ"]]);
    const name = await createExcelHost(excel.run, allApis).createTemplateSheet(wanted);
    expect(name).toBe(`${"𠮷".repeat(13)} (2)`);
    expect(excel.workbook.sheet(wanted)!.value(0, 0)).toBe("大事なデータ");
  });

  test("a result sheet kept beside the user's one gets a whole-character name", async () => {
    const wanted = `${"𠮷".repeat(15)}a`;
    const excel = new FakeExcel();
    excel.workbook.addSheet(wanted).put([["利用者のシート"]]);
    const written = await createExcelHost(excel.run, allApis).writeResultSheets([
      { name: wanted, rows: [["結果"]], headerRows: 1 },
    ]);
    expect(written).toMatchObject({ names: [`${"𠮷".repeat(13)} (2)`] });
  });
});
