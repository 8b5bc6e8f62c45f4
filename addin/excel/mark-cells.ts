import type { CellMark, SheetCells } from "../workbook-host";
import type { ExcelRun } from "./excel-run";
import { MAX_AREAS, MAX_AREAS_ONE_RULE_EACH, markAddresses } from "./mark-areas";
import { loadRuleFormulas, MARK_FORMULA, MARK_STYLE, ownMarkIds } from "./own-marks";
import { isCellEditMode } from "./office-errors";
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
 * Whether a failure of a marks-only batch may be passed over. Everything may, except the user
 * editing a cell: then every batch fails, and the user has to hear why.
 */
function ignorable(error: unknown): boolean {
  return !isCellEditMode(error);
}

/**
 * Marks the cells of the latest check and removes the previous check's marks. Marks are
 * conditional formats (see own-marks.ts), so the user's fills, fonts and own rules stay as
 * they were. Real Excel can fail on the user's own rules: reading rule properties throws when
 * rules are stacked or duplicated (OfficeDev/office-js #6835, #6827), and deleting from the
 * sheet's collection can fail with ItemNotFound when a cell has two user rules (#5222). So
 * finding our old marks and deleting them each get a batch of their own, and a failure there
 * only leaves old marks in place ("no known marks"): it never costs the new marks.
 */
export async function markCells(
  run: ExcelRun,
  sheet: SheetCells,
  marks: readonly CellMark[],
  supports: ApiSupport,
): Promise<void> {
  const addresses = markAddresses(sheet, marks, supports(9) ? MAX_AREAS : MAX_AREAS_ONE_RULE_EACH);
  let ids: string[] = [];
  try {
    ids = await run(async (context) => {
      const rules = loadRuleFormulas(context.workbook.worksheets.getItem(sheet.name));
      await context.sync();
      return ownMarkIds(rules);
    });
  } catch (error) {
    if (!ignorable(error)) throw error;
  }
  if (ids.length > 0) {
    try {
      await run(async (context) => {
        removeMarks(context.workbook.worksheets.getItem(sheet.name), ids);
        await context.sync();
      });
    } catch (error) {
      if (!ignorable(error)) throw error;
    }
  }
  if (addresses.error.length + addresses.warning.length === 0) return;
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet.name);
    for (const severity of ["error", "warning"] as const)
      for (const list of addresses[severity]) addMark(ws, list, severity, supports);
    await context.sync();
  });
}
