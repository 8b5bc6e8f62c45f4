import { createExcelHost } from "../../../addin/excel/excel-host";
import {
  MAX_ADDRESS_CHARS,
  MAX_AREAS,
  MAX_AREAS_ONE_RULE_EACH,
  MAX_AREAS_PER_LIST,
} from "../../../addin/excel/mark-areas";
import { MARK_FORMULA } from "../../../addin/excel/own-marks";
import { PAYLOAD_LIMIT_BYTES } from "../../../addin/excel/payload";
import type { CellMark, WorkbookHost } from "../../../addin/workbook-host";
import { generateRosterCells } from "../../support/generate-roster";
import { checkRoster } from "../support/check-roster";
import { FakeExcel } from "../support/fake-excel";
import type { ModelSheet } from "../support/fake-model";

const USER_RULE = '=$A1="E000001"';

function setup(rows: string[][]): { excel: FakeExcel; host: WorkbookHost; sheet: ModelSheet } {
  const excel = new FakeExcel();
  const sheet = excel.workbook.addSheet("名簿");
  sheet.put(rows);
  // The user's own look: a fill on B2 and their own rule on column A.
  sheet.touch(1, 1).fill = "#00FF00";
  sheet.rules.push({
    type: "Custom",
    ranges: [{ sheet, row: 0, column: 0, rows: 1_048_576, columns: 1 }],
    formula: USER_RULE,
    fill: "#0000FF",
  });
  return { excel, host: createHost(excel), sheet };
}

function createHost(excel: FakeExcel): WorkbookHost {
  return createExcelHost(excel.run, { supports: () => true });
}

/** A check as the pane runs it: read, parse, mark every issue's cell. */
async function check(host: WorkbookHost): Promise<CellMark[]> {
  return (await checkRoster(host)).marks;
}

function ours(sheet: ModelSheet): { formula: string; areas: string[] }[] {
  return sheet.rules
    .filter((r) => r.formula.startsWith('=ISTEXT("katsuyaku'))
    .map((r) => ({
      formula: r.formula,
      areas: r.ranges.map((a) => `${a.row},${a.column},${a.rows}`),
    }));
}

describe("check = read + marks", () => {
  // Syncs: the read (1, or 2 for 20k rows), finding our old marks (1, a batch of its own so
  // that a user's rule Excel cannot read never fails the read: marks-guarded.test.ts) and
  // adding the new marks (1).
  test.each([300, 20_000])(
    "%i rows: at most 4 syncs (3 up to 9k rows), every request and response under 5 MB",
    async (n) => {
      const rows = generateRosterCells(n);
      rows[5]![2] = "不明"; // 性別: an error
      rows[9]![4] = "派遣"; // a warning (dispatched)
      const { excel, host, sheet } = setup(rows);
      const marks = await check(host);
      expect(marks.length).toBeGreaterThan(0);
      expect(excel.syncs.length).toBeLessThanOrEqual(n <= 300 ? 3 : 4);
      expect(excel.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(excel.maxResponseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      const error = sheet.rules.find((r) => r.formula === MARK_FORMULA.error)!;
      expect(error.ranges).toContainEqual(
        expect.objectContaining({ row: 5, column: 2, rows: 1, columns: 1 }),
      );
      expect(error.fill).toBe("#FFC7CE");
    },
  );

  test("the next check clears the previous marks and leaves the user's formatting alone", async () => {
    const rows = generateRosterCells(50);
    rows[5]![2] = "不明";
    rows[7]![7] = "社長";
    const { excel, host, sheet } = setup(rows);
    await check(host);
    expect(
      ours(sheet)
        .flatMap((r) => r.areas)
        .sort(),
    ).toEqual(["5,2,1", "7,7,1"]);

    // The user fixes row 6 but breaks row 10; a new rule of their own arrives in between.
    sheet.touch(5, 2).value = "女性";
    sheet.touch(9, 2).value = "?";
    sheet.rules.unshift({
      type: "Custom",
      ranges: [{ sheet, row: 0, column: 3, rows: 5, columns: 1 }],
      formula: "=TRUE",
    });
    excel.resetLog();
    await check(host);
    // One more than a first check: deleting the old marks is a batch of its own (#5222).
    expect(excel.syncs.length).toBeLessThanOrEqual(4);
    expect(
      ours(sheet)
        .flatMap((r) => r.areas)
        .sort(),
    ).toEqual(["7,7,1", "9,2,1"]);
    expect(sheet.rules.filter((r) => r.formula === USER_RULE)).toHaveLength(1);
    expect(sheet.rules.filter((r) => r.formula === "=TRUE")).toHaveLength(1);
    expect(sheet.cell(1, 1)?.fill).toBe("#00FF00");
  });

  test("a clean roster after a dirty one leaves no marks at all", async () => {
    const rows = generateRosterCells(20);
    rows[3]![2] = "不明";
    const { host, sheet } = setup(rows);
    await check(host);
    expect(ours(sheet)).toHaveLength(1);
    sheet.touch(3, 2).value = "男性";
    await check(host);
    expect(ours(sheet)).toEqual([]);
    expect(sheet.rules).toHaveLength(1);
  });

  test("several old marks go, the user's rule ranked below them stays (ids are priorities)", async () => {
    const rows = generateRosterCells(30);
    rows[3]![2] = "不明"; // an error
    rows[6]![4] = "派遣"; // a warning
    const { host, sheet } = setup(rows);
    await check(host);
    // Ours on top (ids 0 and 1), the user's rule below them (id 2).
    expect(sheet.rules.map((r) => r.formula)).toEqual([
      MARK_FORMULA.warning,
      MARK_FORMULA.error,
      USER_RULE,
    ]);
    sheet.touch(3, 2).value = "女性";
    sheet.touch(6, 4).value = "正規";
    await check(host);
    expect(sheet.rules.map((r) => r.formula)).toEqual([USER_RULE]);
  });

  test("marks asked for without a fresh read: find, delete, add, one sync each", async () => {
    const rows = generateRosterCells(20);
    rows[3]![2] = "不明";
    const { excel, host, sheet } = setup(rows);
    const cells = await host.readSheet("名簿");
    await host.markCells(cells, [{ row: 4, columnIndex: 2, severity: "error" }]);
    excel.resetLog();
    await host.markCells(cells, [{ row: 5, columnIndex: 3, severity: "warning" }]);
    expect(excel.syncs).toHaveLength(3);
    expect(ours(sheet)).toEqual([{ formula: MARK_FORMULA.warning, areas: ["4,3,1"] }]);
  });

  test("consecutive rows merge, errors outrank warnings on the same cell, older Excel gets a rule per area", async () => {
    const excel = new FakeExcel();
    const sheet = excel.workbook.addSheet("名簿");
    sheet.put([["a"]]);
    const host = createExcelHost(excel.run, { supports: (minor) => minor < 9 });
    const cells = { name: "名簿", cells: [], firstRow: 1, firstColumn: 1, date1904: false };
    await host.markCells(cells, [
      { row: 2, columnIndex: 0, severity: "error" },
      { row: 3, columnIndex: 0, severity: "error" },
      { row: 4, columnIndex: 0, severity: "error" },
      { row: 3, columnIndex: 0, severity: "warning" },
      { row: 9, columnIndex: 2, severity: "warning" },
    ]);
    expect(ours(sheet)).toEqual([
      { formula: MARK_FORMULA.warning, areas: ["8,3,1"] },
      { formula: MARK_FORMULA.error, areas: ["1,1,3"] },
    ]);
  });

  test("thousands of scattered marks: short address lists, capped areas, one batch", async () => {
    const excel = new FakeExcel();
    const sheet = excel.workbook.addSheet("名簿");
    sheet.put([["a"]]);
    const host = createExcelHost(excel.run, { supports: () => true });
    const cells = { name: "名簿", cells: [], firstRow: 1, firstColumn: 0, date1904: false };
    // Every other row of three columns: no run merges, 9,000 areas asked for.
    const marks: CellMark[] = [];
    for (let row = 2; row < 6002; row += 2)
      for (const columnIndex of [1, 3, 5]) marks.push({ row, columnIndex, severity: "error" });
    await host.markCells(cells, marks);
    const lists = excel.syncs.flatMap((s) => s.commands).filter((c) => c === "getRanges");
    expect(lists.length).toBeGreaterThan(1);
    const areas = ours(sheet).map((r) => r.areas.length);
    expect(Math.max(...areas)).toBeLessThanOrEqual(MAX_AREAS_PER_LIST);
    expect(areas.reduce((a, b) => a + b, 0)).toBe(MAX_AREAS);
    expect(excel.syncs.every((s) => s.failed === undefined)).toBe(true);
    expect(MAX_ADDRESS_CHARS).toBeLessThan(8192);
  });

  test("ExcelApi 1.7 (no RangeAreas): a rule per area, few enough to keep Excel responsive", async () => {
    const excel = new FakeExcel(7);
    const sheet = excel.workbook.addSheet("名簿");
    sheet.put([["a"]]);
    const host = createExcelHost(excel.run, { supports: (minor) => minor <= 7 });
    const cells = { name: "名簿", cells: [], firstRow: 1, firstColumn: 0, date1904: false };
    const marks: CellMark[] = [];
    for (let row = 2; row < 2002; row += 2) marks.push({ row, columnIndex: 1, severity: "error" });
    await host.markCells(cells, marks);
    expect(ours(sheet)).toHaveLength(MAX_AREAS_ONE_RULE_EACH);
    expect(excel.syncs.every((s) => s.failed === undefined)).toBe(true);
  });

  test("the fake refuses RangeAreas below ExcelApi 1.9 (the guard is what helps)", async () => {
    const excel = new FakeExcel(8);
    excel.workbook.addSheet("名簿").put([["a"]]);
    const host = createExcelHost(excel.run, { supports: () => true });
    const cells = { name: "名簿", cells: [], firstRow: 1, firstColumn: 0, date1904: false };
    await expect(
      host.markCells(cells, [{ row: 2, columnIndex: 0, severity: "error" }]),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
