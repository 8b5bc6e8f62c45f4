import type { CellMark, SheetCells } from "../workbook-host";
import type { ExcelRun } from "./excel-run";
import { MAX_AREAS, MAX_AREAS_ONE_RULE_EACH, markAddresses } from "./mark-areas";
import { loadRuleFormulas, MARK_FORMULA, MARK_STYLE, ownMarkIds } from "./own-marks";
import type { ApiSupport } from "./requirements";

function addMark(
  sheet: Excel.Worksheet,
  addresses: string,
  severity: CellMark["severity"],
  supports: ApiSupport,
): void {
  // RangeAreas (ExcelApi 1.9) puts a whole list under one rule; older Excel gets one rule per area.
  const targets = supports(9)
    ? [sheet.getRanges(addresses)]
    : addresses.split(",").map((a) => sheet.getRange(a));
  for (const target of targets) {
    const rule = target.conditionalFormats.add("Custom");
    rule.custom.rule.formula = MARK_FORMULA[severity];
    rule.custom.format.fill.color = MARK_STYLE[severity].fill;
    rule.custom.format.font.color = MARK_STYLE[severity].font;
  }
}

function removeMarks(sheet: Excel.Worksheet, ids: readonly string[]): void {
  const rules = sheet.getRange().conditionalFormats;
  // An id is a priority, and Excel's reference says a format whose priority changes must be
  // fetched again at its new place: deleting the lowest priority (highest id) first leaves
  // every rule still to be deleted where it was.
  const lowestFirst = [...ids].sort((a, b) => Number(b) - Number(a));
  for (const id of lowestFirst) rules.getItem(id).delete();
}

/**
 * Marks the cells of the latest check and removes the previous check's marks, in one batch.
 * Marks are conditional formats (see own-marks.ts), so the user's fills, fonts and own rules
 * stay as they were. `knownMarks` are our rules' ids found by the read that preceded this
 * check; without them (marks asked for without a fresh read) one more batch finds them.
 */
export async function markCells(
  run: ExcelRun,
  sheet: SheetCells,
  marks: readonly CellMark[],
  supports: ApiSupport,
  knownMarks?: readonly string[],
): Promise<void> {
  const addresses = markAddresses(sheet, marks, supports(9) ? MAX_AREAS : MAX_AREAS_ONE_RULE_EACH);
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    let ids = knownMarks;
    if (ids === undefined) {
      const rules = loadRuleFormulas(ws);
      await context.sync();
      ids = ownMarkIds(rules);
    }
    removeMarks(ws, ids);
    for (const severity of ["error", "warning"] as const)
      for (const list of addresses[severity]) addMark(ws, list, severity, supports);
    await context.sync();
  });
}
