/**
 * Writing result sheets against what real Excel does halfway: a batch that fails, a request
 * over Excel on the web's 5 MB, a sheet of a result's name that the user made, values Excel
 * cannot hold. The workbook must end either as it was or with the complete results, and a
 * sheet we did not write is never deleted without the user's word.
 */
import { createExcelHost } from "../../../addin/excel/excel-host";
import { CUT_MARKER, MAX_CELL_TEXT } from "../../../addin/excel/sheet-matrix";
import { OWNER_KEY, OWNER_VALUE } from "../../../addin/excel/sheet-owner";
import type { ResultSheet } from "../../../shared/sheets/result-sheet";
import { FakeExcel } from "../support/fake-excel";
import type { ModelSheet } from "../support/fake-model";

const allApis = { supports: () => true };

const RATIO: ResultSheet = {
  name: "区分別女性比率",
  rows: [
    ["雇用管理区分", "女性比率"],
    ["総合職", 0.286],
    ["一般職", 0.5],
  ],
  headerRows: 1,
  numberFormats: [null, "0.0%"],
  chart: { title: "女性比率", labelColumn: 0, valueColumns: [1], firstRow: 1, lastRow: 3 },
};

/** Big enough (about 6 MB of values) to need several write batches. */
function bigSheet(name: string, rows = 3000): ResultSheet {
  const text = "東京しごと財団の奨励金に関する備考".repeat(4);
  return {
    name,
    rows: [
      ["番号", "備考"],
      ...Array.from({ length: rows }, (_, r) => [
        `${r}`,
        ...Array.from({ length: 10 }, () => text),
      ]),
    ],
    headerRows: 1,
  };
}

/** A workbook with a roster and an earlier result sheet that we wrote (it carries our mark). */
function withEarlierResult(marked = true): { excel: FakeExcel; old: ModelSheet } {
  const excel = new FakeExcel();
  excel.workbook.addSheet("名簿").put([["社員番号"], ["E1"]]);
  const old = excel.workbook.addSheet("区分別女性比率");
  old.put([["前回の結果"]]);
  if (marked) old.customProperties.set(OWNER_KEY, OWNER_VALUE);
  return { excel, old };
}

const names = (excel: FakeExcel) => excel.workbook.sheets.map((s) => s.name);

describe("a write that fails halfway leaves the workbook as it was", () => {
  test("a failure in the write's last batch (a chart Excel refuses)", async () => {
    const { excel, old } = withEarlierResult();
    excel.failOn("charts.add", "GeneralException");
    await expect(
      createExcelHost(excel.run, allApis).writeResultSheets([RATIO]),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(names(excel)).toEqual(["名簿", "区分別女性比率"]);
    expect(excel.workbook.sheet("区分別女性比率")).toBe(old);
    expect(old.value(0, 0)).toBe("前回の結果");
  });

  test("a failure between batches (the second values batch of a big sheet)", async () => {
    const { excel, old } = withEarlierResult();
    // A batch holds at most two value chunks (each under half the budget): the third is in a
    // later batch.
    excel.failOn("range.values", "GeneralException", 1, 2);
    const big = { ...bigSheet("区分別女性比率") };
    await expect(createExcelHost(excel.run, allApis).writeResultSheets([big])).rejects.toThrow();
    // The failure did come after a batch had written something.
    expect(excel.syncs.filter((s) => s.commands.includes("range.values")).length).toBeGreaterThan(
      1,
    );
    expect(names(excel)).toEqual(["名簿", "区分別女性比率"]);
    expect(excel.workbook.sheet("区分別女性比率")).toBe(old);
  });

  test("a failure after the old sheet is deleted: the complete new sheet takes its name", async () => {
    const { excel } = withEarlierResult();
    excel.failOn("worksheet.name", "GeneralException");
    await expect(createExcelHost(excel.run, allApis).writeResultSheets([RATIO])).rejects.toThrow();
    expect(names(excel)).toEqual(["名簿", "区分別女性比率"]);
    expect(excel.workbook.sheet("区分別女性比率")!.value(1, 0)).toBe("総合職");
  });

  test("without failures: replaced in place, marked as ours, in 3 syncs", async () => {
    const { excel } = withEarlierResult();
    await createExcelHost(excel.run, allApis).writeResultSheets([RATIO]);
    expect(names(excel)).toEqual(["名簿", "区分別女性比率"]);
    const sheet = excel.workbook.sheet("区分別女性比率")!;
    expect(sheet.value(1, 0)).toBe("総合職");
    expect(sheet.customProperties.get(OWNER_KEY)).toBe(OWNER_VALUE);
    // Names and date system; our mark on the existing sheet; the write.
    expect(excel.syncs).toHaveLength(3);
  });
});

describe("a sheet of a result's name that we did not write", () => {
  test("is kept when nobody says otherwise; the results get a free name", async () => {
    const { excel, old } = withEarlierResult(false);
    const written = await createExcelHost(excel.run, allApis).writeResultSheets([RATIO]);
    expect(excel.workbook.sheet("区分別女性比率")).toBe(old);
    expect(old.value(0, 0)).toBe("前回の結果");
    expect(names(excel)).toEqual(["名簿", "区分別女性比率", "区分別女性比率 (2)"]);
    expect(written).toMatchObject({ names: ["区分別女性比率 (2)"] });
    expect(excel.workbook.sheet("区分別女性比率 (2)")!.value(1, 0)).toBe("総合職");
  });

  test("kept again on the next write: our numbered sheet beside it is replaced, none added", async () => {
    const { excel, old } = withEarlierResult(false);
    const host = createExcelHost(excel.run, allApis);
    await host.writeResultSheets([RATIO]);
    const second = await host.writeResultSheets([
      {
        ...RATIO,
        rows: [
          ["雇用管理区分", "女性比率"],
          ["技術職", 0.1],
        ],
      },
    ]);
    expect(second).toMatchObject({ names: ["区分別女性比率 (2)"] });
    expect(names(excel)).toEqual(["名簿", "区分別女性比率", "区分別女性比率 (2)"]);
    expect(excel.workbook.sheet("区分別女性比率 (2)")!.value(1, 0)).toBe("技術職");
    expect(old.value(0, 0)).toBe("前回の結果");
  });

  test("a numbered sheet without our mark is the user's too: never replaced", async () => {
    const { excel } = withEarlierResult(false);
    excel.workbook.addSheet("区分別女性比率 (2)").put([["利用者の (2)"]]);
    const written = await createExcelHost(excel.run, allApis).writeResultSheets([RATIO]);
    expect(written).toMatchObject({ names: ["区分別女性比率 (3)"] });
    expect(excel.workbook.sheet("区分別女性比率 (2)")!.value(0, 0)).toBe("利用者の (2)");
  });

  test("is replaced when the user agrees; the question names it", async () => {
    const { excel } = withEarlierResult(false);
    const asked: (readonly string[])[] = [];
    await createExcelHost(excel.run, allApis).writeResultSheets([RATIO], {
      confirmReplace: async (list) => {
        asked.push(list);
        return true;
      },
    });
    expect(asked).toEqual([["区分別女性比率"]]);
    expect(names(excel)).toEqual(["名簿", "区分別女性比率"]);
    expect(excel.workbook.sheet("区分別女性比率")!.value(1, 0)).toBe("総合職");
  });

  test("Excel without ExcelApi 1.12 cannot tell ours: it asks, and never touches custom properties", async () => {
    const excel = new FakeExcel(11);
    excel.workbook.addSheet("名簿").put([["社員番号"]]);
    const host = createExcelHost(excel.run, { supports: (minor) => minor <= 11 });
    await host.writeResultSheets([RATIO]);
    let asked = 0;
    await host.writeResultSheets([RATIO], {
      confirmReplace: async () => {
        asked++;
        return false;
      },
    });
    expect(asked).toBe(1);
    expect(names(excel)).toEqual(["名簿", "区分別女性比率", "区分別女性比率 (2)"]);
    expect(excel.syncs.every((s) => s.failed === undefined)).toBe(true);
  });
});

describe("payload limits and values Excel cannot hold", () => {
  test("a request over the limit: the write starts again in smaller batches, with progress", async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet("名簿").put([["社員番号"]]);
    excel.payloadLimit = 1_000_000;
    const progress: [number, number][] = [];
    const sheet = bigSheet("研修出席名簿");
    await createExcelHost(excel.run, allApis).writeResultSheets([sheet], {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(excel.syncs.some((s) => s.failed !== undefined)).toBe(true);
    expect(names(excel)).toEqual(["名簿", "研修出席名簿"]);
    const written = excel.workbook.sheet("研修出席名簿")!;
    expect(written.value(3000, 0)).toBe("2999");
    expect(written.value(3000, 10)).toBe(sheet.rows[3000]![10]);
    expect(progress[progress.length - 1]).toEqual([3001, 3001]);
    expect(progress.length).toBeGreaterThan(2);
  });

  test("text over 32,767 characters is cut with a marker; NaN and Infinity are left empty; both reported", async () => {
    const excel = new FakeExcel();
    excel.workbook.addSheet("名簿").put([["社員番号"]]);
    const long = "あ".repeat(40_000);
    const sheet: ResultSheet = {
      name: "検証結果",
      rows: [
        ["備考", "値"],
        [long, Number.NaN],
        ["短い", Number.POSITIVE_INFINITY],
      ],
      headerRows: 1,
    };
    const written = await createExcelHost(excel.run, allApis).writeResultSheets([sheet]);
    const ws = excel.workbook.sheet("検証結果")!;
    const cut = ws.value(1, 0) as string;
    expect(cut.length).toBe(MAX_CELL_TEXT);
    expect(cut.endsWith(CUT_MARKER)).toBe(true);
    expect(ws.value(1, 1)).toBe("");
    expect(ws.value(2, 1)).toBe("");
    expect(ws.value(2, 0)).toBe("短い");
    const notes = written.notes.map((n) => n.ja);
    expect(notes).toEqual([
      expect.stringContaining("「検証結果」A2: 40000 文字"),
      expect.stringContaining("「検証結果」B2: 数値にできない値（NaN）"),
      expect.stringContaining("「検証結果」B3: 数値にできない値（Infinity）"),
    ]);
  });
});
