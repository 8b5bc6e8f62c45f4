/**
 * Real Excel can fail on the user's own conditional formats (OfficeDev/office-js #6835,
 * #6827: reading rule properties throws when rules are stacked or duplicated; #5222:
 * ItemNotFound deleting from the sheet's collection when a cell has two user rules). Our marks
 * are a convenience: neither failure may cost the user the roster or the new marks.
 *
 * Budget: reading our old marks and deleting them each get a batch of their own (so that a
 * failure there cannot take the roster's values or the new marks with it). A first check of
 * a 300-row roster stays at 3 syncs (read, find old marks, add); a re-check with old marks
 * present takes one more (their deletion), and a 20k-row roster one more again (its second
 * read block).
 */
import { createExcelHost } from "../../../addin/excel/excel-host";
import { MARK_FORMULA } from "../../../addin/excel/own-marks";
import type { WorkbookHost } from "../../../addin/workbook-host";
import { generateRosterCells } from "../../support/generate-roster";
import { checkRoster } from "../support/check-roster";
import { FakeExcel } from "../support/fake-excel";
import type { ModelSheet } from "../support/fake-model";

const USER_RULE = '=$A1="E000001"';

function setup(rows: string[][]): { excel: FakeExcel; host: WorkbookHost; sheet: ModelSheet } {
  const excel = new FakeExcel();
  const sheet = excel.workbook.addSheet("名簿");
  sheet.put(rows);
  // Two stacked user rules on column A: what makes real Excel throw.
  for (const formula of [USER_RULE, USER_RULE])
    sheet.rules.push({
      type: "Custom",
      ranges: [{ sheet, row: 0, column: 0, rows: 1_048_576, columns: 1 }],
      formula,
      fill: "#0000FF",
    });
  return { excel, host: createExcelHost(excel.run, { supports: () => true }), sheet };
}

async function check(host: WorkbookHost): Promise<number> {
  return (await checkRoster(host)).rowCount;
}

/** Rows (0-based) under our error marks, one list per rule, in priority order. */
const errorMarks = (sheet: ModelSheet): number[][] =>
  sheet.rules
    .filter((r) => r.formula === MARK_FORMULA.error)
    .map((r) => r.ranges.map((a) => a.row));

function roster(errorRow: number): string[][] {
  const rows = generateRosterCells(300);
  rows[errorRow]![2] = "不明";
  return rows;
}

describe("marks against a user's rules that Excel cannot read or delete", () => {
  test("a rule read that throws: the roster is still read and marked", async () => {
    const { excel, host, sheet } = setup(roster(5));
    excel.failOn("conditionalFormats.load", "GeneralException");
    await expect(check(host)).resolves.toBe(300);
    expect(errorMarks(sheet)).toEqual([[5]]);
    expect(sheet.rules.filter((r) => r.formula === USER_RULE)).toHaveLength(2);
    // The failed read was a batch of its own; the values' batch did not fail.
    expect(excel.syncs.filter((s) => s.failed !== undefined)).toHaveLength(1);
    expect(excel.syncs[0]!.failed).toBeUndefined();
  });

  test("a failed rule read means 'no known marks': nothing is deleted, the new marks arrive", async () => {
    const { excel, host, sheet } = setup(roster(5));
    await check(host);
    sheet.touch(5, 2).value = "女性";
    sheet.touch(9, 2).value = "?";
    excel.failOn("conditionalFormats.load", "GeneralException");
    await check(host);
    // The old mark stays (stale, but harmless), the new one is there, the user's rules too.
    expect(errorMarks(sheet)).toEqual([[9], [5]]);
    expect(sheet.rules.filter((r) => r.formula === USER_RULE)).toHaveLength(2);
  });

  test("a delete that fails with ItemNotFound: the new marks still arrive", async () => {
    const { excel, host, sheet } = setup(roster(5));
    await check(host);
    sheet.touch(5, 2).value = "女性";
    sheet.touch(9, 2).value = "?";
    excel.failOn("rule.delete", "ItemNotFound");
    await expect(check(host)).resolves.toBe(300);
    expect(errorMarks(sheet)[0]).toEqual([9]);
    expect(sheet.rules.filter((r) => r.formula === USER_RULE)).toHaveLength(2);
  });

  test("without failures the old marks go; syncs: 3 for a first check, 4 for a re-check", async () => {
    const { excel, host, sheet } = setup(roster(5));
    await check(host);
    expect(excel.syncs).toHaveLength(3);
    sheet.touch(5, 2).value = "女性";
    sheet.touch(9, 2).value = "?";
    excel.resetLog();
    await check(host);
    expect(excel.syncs).toHaveLength(4);
    expect(errorMarks(sheet)).toEqual([[9]]);
  });
});
