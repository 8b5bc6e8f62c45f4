import type { ResultSheet } from "../../shared/sheets/result-sheet";
import type { WriteSheetsOptions } from "../workbook-host";
import type { ExcelRun } from "./excel-run";
import { freeName, numberedSheets } from "./free-name";
import type { ApiSupport } from "./requirements";
import { probeDateSystem } from "./serial-date";
import { loadOwnerMark, OWNER_API_MINOR } from "./sheet-owner";

/** Where one result sheet goes: its final name and the sheet it replaces, if any. */
export interface Target {
  sheet: ResultSheet;
  name: string;
  replaces: { name: string; veryHidden: boolean } | null;
}

export interface Found {
  names: string[];
  visibility: Map<string, string>;
  /** Per result sheet: the existing sheet of that name (Excel compares without case). */
  clashes: (string | null)[];
  ours: boolean[];
  /**
   * Per result sheet: "name (2)", "name (3)" … that carry our mark, written earlier beside a
   * sheet the user kept; the next write replaces the first of them instead of adding another.
   */
  oursNumbered: string[][];
  date1904: boolean;
}

/**
 * Batch 1 looks up the names in use and the date system; when sheets of the results' names
 * (or numbered ones beside them) exist and Excel has ExcelApi 1.12, one more batch reads
 * whether they carry our mark.
 */
export async function lookUp(
  run: ExcelRun,
  sheets: readonly ResultSheet[],
  supports: ApiSupport,
): Promise<Found> {
  return run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name,items/visibility");
    const date1904 = probeDateSystem(context);
    await context.sync();
    const names = worksheets.items.map((s) => s.name);
    const visibility = new Map(worksheets.items.map((s) => [s.name, s.visibility as string]));
    const clashes = sheets.map(
      (s) => names.find((n) => n.toLowerCase() === s.name.toLowerCase()) ?? null,
    );
    const numbered = sheets.map((s, i) =>
      clashes[i] === null ? [] : numberedSheets(s.name, names),
    );
    let ours = clashes.map(() => false);
    let oursNumbered = numbered.map(() => [] as string[]);
    if (supports(OWNER_API_MINOR) && clashes.some((c) => c !== null)) {
      const mark = (name: string) => loadOwnerMark(worksheets.getItem(name));
      const marks = clashes.map((c) => (c === null ? null : mark(c)));
      const numberedMarks = numbered.map((list) =>
        list.map((name) => ({ name, ours: mark(name) })),
      );
      await context.sync();
      ours = marks.map((m) => m?.() === true);
      oursNumbered = numberedMarks.map((list) => list.filter((m) => m.ours()).map((m) => m.name));
    }
    return { names, visibility, clashes, ours, oursNumbered, date1904: date1904() };
  });
}

/**
 * Final names: ours are replaced, the user's only when they say so; a kept sheet's results
 * replace our numbered sheet beside it, or else take a free name.
 */
export async function plan(
  sheets: readonly ResultSheet[],
  found: Found,
  confirmReplace: WriteSheetsOptions["confirmReplace"],
): Promise<Target[]> {
  const unknown = found.clashes.filter((c, i): c is string => c !== null && !found.ours[i]);
  const replaceUnknown = unknown.length > 0 && (await confirmReplace?.(unknown)) === true;
  const taken = new Set(found.names);
  const replacing = (sheet: ResultSheet, name: string, old: string): Target => ({
    sheet,
    name,
    replaces: { name: old, veryHidden: found.visibility.get(old) === "VeryHidden" },
  });
  return sheets.map((sheet, i) => {
    const clash = found.clashes[i] ?? null;
    if (clash !== null && (found.ours[i] || replaceUnknown))
      return replacing(sheet, sheet.name, clash);
    const earlier = found.oursNumbered[i]?.[0];
    if (earlier !== undefined) return replacing(sheet, earlier, earlier);
    const name = clash === null ? sheet.name : freeName(sheet.name, taken);
    taken.add(name);
    return { sheet, name, replaces: null };
  });
}
