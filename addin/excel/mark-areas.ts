import type { CellMark, SheetCells } from "../workbook-host";
import { areaAddress } from "./cell-address";

/**
 * One address list per RangeAreas. Excel documents no limit on `getRanges`' argument, but it
 * rejects long lists with InvalidArgument at a length that varies with the areas
 * (OfficeDev/office-js#5198: 513 areas / 8,207 characters failed while other 513-area lists
 * worked; #4263 likewise), close to Excel's 8,192-character formula limit, which the rule's
 * "applies to" also meets once each area carries the sheet's name. Short lists of few areas
 * stay far below it; larger mark sets get several rules.
 */
export const MAX_ADDRESS_CHARS = 1500;
export const MAX_AREAS_PER_LIST = 150;
/** Beyond this many areas the marks stop (the pane still lists every issue). */
export const MAX_AREAS = 5000;
/**
 * Without RangeAreas (ExcelApi < 1.9) every area is a conditional format of its own; a few
 * hundred keep the sheet responsive.
 */
export const MAX_AREAS_ONE_RULE_EACH = 300;

export type Severity = CellMark["severity"];

/**
 * Sheet addresses of the marked cells, severity by severity: an error outranks a warning on
 * the same cell, and vertical runs in one column merge ("D2:D40"), which is how whole-column
 * problems show up. Each entry of the result is one comma-separated address list.
 */
export function markAddresses(
  sheet: SheetCells,
  marks: readonly CellMark[],
  maxAreas = MAX_AREAS,
): Record<Severity, string[]> {
  const errors = new Set<string>();
  for (const m of marks) if (m.severity === "error") errors.add(`${m.row},${m.columnIndex}`);
  const byColumn: Record<Severity, Map<number, number[]>> = {
    error: new Map(),
    warning: new Map(),
  };
  for (const m of marks) {
    if (m.severity === "warning" && errors.has(`${m.row},${m.columnIndex}`)) continue;
    const column = sheet.firstColumn + m.columnIndex;
    const rows = byColumn[m.severity].get(column) ?? [];
    rows.push(m.row - 1);
    byColumn[m.severity].set(column, rows);
  }
  let budget = maxAreas;
  const out: Record<Severity, string[]> = { error: [], warning: [] };
  for (const severity of ["error", "warning"] as const) {
    const areas: string[] = [];
    const columns = [...byColumn[severity].keys()].sort((a, b) => a - b);
    for (const column of columns) {
      const rows = [...new Set(byColumn[severity].get(column))].sort((a, b) => a - b);
      for (let i = 0; i < rows.length && budget > 0;) {
        let j = i;
        while (j + 1 < rows.length && rows[j + 1] === rows[j]! + 1) j++;
        areas.push(areaAddress(rows[i]!, column, rows[j]!, column));
        budget--;
        i = j + 1;
      }
    }
    let list = "";
    let count = 0;
    for (const area of areas) {
      if (
        list.length > 0 &&
        (list.length + 1 + area.length > MAX_ADDRESS_CHARS || count >= MAX_AREAS_PER_LIST)
      ) {
        out[severity].push(list);
        list = "";
        count = 0;
      }
      list = list.length === 0 ? area : `${list},${area}`;
      count++;
    }
    if (list.length > 0) out[severity].push(list);
  }
  return out;
}
