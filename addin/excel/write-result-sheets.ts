import type { ResultSheet } from "../../shared/sheets/result-sheet";
import type {
  HostText,
  ProgressListener,
  WriteSheetsOptions,
  WrittenSheets,
} from "../workbook-host";
import { cellAddress } from "./cell-address";
import type { ExcelRun } from "./excel-run";
import { cellCutText, cellNotNumberText } from "./excel-words";
import { isPayloadTooLarge } from "./office-errors";
import { jsonBytes, PAYLOAD_BUDGET_BYTES } from "./payload";
import type { ApiSupport } from "./requirements";
import { addChart, formatSheet, setUpPrinting } from "./result-sheet-look";
import { lookUp, plan, type Target } from "./result-sheet-targets";
import { markOwnSheet, OWNER_API_MINOR } from "./sheet-owner";
import { type CellNote, CUT_MARKER, MAX_CELL_TEXT, sheetMatrix } from "./sheet-matrix";

/** Syncs only when the next piece would push the batch past the budget. */
class Batch {
  private bytes = 0;
  private rowsQueued = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget: number,
    private readonly progress: (rows: number) => void,
  ) {}

  async reserve(bytes: number, rows = 0): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.flush();
    this.bytes += bytes;
    this.rowsQueued += rows;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.bytes = 0;
    this.progress(this.rowsQueued);
  }
}

/** Fixed cost of the small commands (add, format, chart …) in a request. */
const SMALL_COMMAND_BYTES = 2_000;
/** Below this budget a refused request is not tried again: something else is wrong. */
const SMALLEST_BUDGET_BYTES = 250_000;

async function writeCells(
  ws: Excel.Worksheet,
  matrix: ReturnType<typeof sheetMatrix>,
  batch: Batch,
): Promise<void> {
  const { values, formats, columns } = matrix;
  for (let r = 0; r < values.length;) {
    // As many rows as fit the rest of the budget, at least one.
    let end = r;
    let bytes = 0;
    while (end < values.length) {
      const rowBytes = jsonBytes(values[end]) + jsonBytes(formats[end]);
      if (end > r && bytes + rowBytes > batch.budget / 2) break;
      bytes += rowBytes;
      end++;
    }
    await batch.reserve(bytes, end - r);
    const range = ws.getRangeByIndexes(r, 0, end - r, columns);
    // The number format goes first: Excel reads a value in the light of its cell's format, so
    // Text must be in place before "=1+1" arrives or it becomes a formula. Text that starts
    // like a formula also carries the shared leading "'" (sheet-matrix.ts): on hosts that keep
    // it in the value it shows, as in the .xlsx download, and the cell stays text even when
    // edited or pasted into a sheet without the Text format.
    range.numberFormat = formats.slice(r, end);
    range.values = values.slice(r, end);
    r = end;
  }
}

/** Names no user picks, unique per write, within Excel's 31 units. */
function temporaryNames(count: number): string[] {
  const stamp = Date.now().toString(36).slice(-8);
  return Array.from({ length: count }, (_, i) => `~katsuyaku-${stamp}-${i}`);
}

/**
 * Writes every sheet under a temporary name; only the last batch deletes the sheets being
 * replaced and gives the new ones their names, so a failure before it leaves the workbook as
 * it was (plus temporary sheets, which cleanUp removes).
 */
async function writeAll(
  run: ExcelRun,
  targets: readonly Target[],
  temps: readonly string[],
  date1904: boolean,
  budget: number,
  supports: ApiSupport,
  onProgress: ProgressListener | undefined,
): Promise<CellNote[][]> {
  return run(async (context) => {
    const matrices = targets.map((t) => sheetMatrix(t.sheet, date1904));
    const totalRows = matrices.reduce((sum, m) => sum + m.values.length, 0);
    const batch = new Batch(context, budget, (rows) => onProgress?.(rows, totalRows));
    const worksheets = context.workbook.worksheets;
    const added: Excel.Worksheet[] = [];
    for (const [i, target] of targets.entries()) {
      await batch.reserve(SMALL_COMMAND_BYTES);
      const ws = worksheets.add(temps[i]!);
      if (supports(OWNER_API_MINOR)) markOwnSheet(ws);
      added.push(ws);
      const matrix = matrices[i]!;
      await writeCells(ws, matrix, batch);
      await batch.reserve(SMALL_COMMAND_BYTES);
      formatSheet(ws, target.sheet, matrix.columns);
      if (target.sheet.chart) addChart(ws, target.sheet.chart, matrix.columns);
    }
    await batch.reserve(SMALL_COMMAND_BYTES * (targets.length + 1));
    // Print setup (ExcelApi 1.9) first in the last batch: a host refusing a print setting
    // fails the write before any old sheet is gone.
    if (supports(9))
      targets.forEach((t, i) => setUpPrinting(added[i]!, t.sheet, matrices[i]!.columns));
    targets.forEach((target, i) => {
      if (target.replaces !== null) {
        const old = worksheets.getItem(target.replaces.name);
        // Excel refuses to delete a "VeryHidden" sheet (InvalidOperation).
        if (target.replaces.veryHidden) old.visibility = "Hidden";
        old.delete();
      }
      added[i]!.name = target.name;
    });
    added[0]!.activate();
    await batch.flush();
    return matrices.map((m) => m.notes);
  });
}

/**
 * After a failed write: a temporary sheet whose final name is free again (its old sheet was
 * deleted in the last batch, so its content is complete) takes that name; every other
 * temporary sheet is deleted. Its own failure is swallowed: the write's error is what counts.
 */
async function cleanUp(run: ExcelRun, targets: readonly Target[], temps: readonly string[]) {
  try {
    await run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const found = targets.map((target, i) => {
        const temp = worksheets.getItemOrNullObject(temps[i]!);
        const final = worksheets.getItemOrNullObject(target.name);
        temp.load("name");
        final.load("name");
        return { target, temp, final };
      });
      await context.sync();
      for (const { target, temp, final } of found) {
        if (temp.isNullObject) continue;
        if (target.replaces !== null && final.isNullObject) temp.name = target.name;
        else temp.delete();
      }
      await context.sync();
    });
  } catch {
    // The workbook keeps a "~katsuyaku-…" sheet the user can delete; nothing of theirs is lost.
  }
}

function noteText(note: CellNote, sheet: string): HostText {
  const cell = cellAddress(note.row, note.column);
  return note.kind === "cut"
    ? cellCutText(sheet, cell, note.length, MAX_CELL_TEXT, CUT_MARKER)
    : cellNotNumberText(sheet, cell, note.value);
}

/**
 * Writes the result sheets, replacing earlier ones. Batch 1 looks the names up (and the date
 * system; one more batch reads our marks when sheets of those names exist). Sheets of those
 * names without our mark are replaced only when the user agrees (`confirmReplace`), else the
 * results get free names. The write itself is atomic: new sheets are written under temporary
 * names and swapped in by the last batch (see writeAll), so a failure on the way leaves the
 * workbook as it was. A request Excel finds too big (5 MB on the web) makes the whole write
 * start again with half the budget: it left nothing behind.
 */
export async function writeResultSheets(
  run: ExcelRun,
  sheets: readonly ResultSheet[],
  supports: ApiSupport,
  options: WriteSheetsOptions = {},
): Promise<WrittenSheets> {
  if (sheets.length === 0) return { names: [], notes: [] };
  const found = await lookUp(run, sheets, supports);
  const targets = await plan(sheets, found, options.confirmReplace);
  for (let budget = PAYLOAD_BUDGET_BYTES; ; budget = Math.floor(budget / 2)) {
    const temps = temporaryNames(targets.length);
    try {
      const notes = await writeAll(
        run,
        targets,
        temps,
        found.date1904,
        budget,
        supports,
        options.onProgress,
      );
      return {
        names: targets.map((t) => t.name),
        notes: notes.flatMap((list, i) => list.map((n) => noteText(n, targets[i]!.name))),
      };
    } catch (error) {
      await cleanUp(run, targets, temps);
      if (!isPayloadTooLarge(error) || budget / 2 < SMALLEST_BUDGET_BYTES) throw error;
    }
  }
}
