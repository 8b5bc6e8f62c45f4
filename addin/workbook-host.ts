import type { CellValue } from "../shared/roster/cell-value";
import type { ResultSheet } from "../shared/sheets/result-sheet";
import type { RosterIssue } from "../shared/roster/issue";

/** A roster as the host hands it to the pane: rows of cells and where they sit in the sheet. */
export interface SheetCells {
  /** Sheet name in Excel, or the file name without Excel. */
  name: string;
  /** Rows of the used range (or of the file), top to bottom. */
  cells: CellValue[][];
  /** Spreadsheet row number of cells[0] (1 when the used range starts at A1). */
  firstRow: number;
  /** 0-based sheet column of cells[r][0] (0 when the used range starts in column A). */
  firstColumn: number;
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  date1904: boolean;
  /**
   * Problems with the file itself that cells cannot show (a CSV quote left open), merged into
   * the check's issues. Optional: Excel sheets have none.
   */
  fileIssues?: RosterIssue[];
}

/** A cell to mark after a check: spreadsheet row (header = 1) and 0-based column in the roster's cells. */
export interface CellMark {
  row: number;
  columnIndex: number;
  severity: "error" | "warning";
}

/** Progress of long work, for the pane's progress bar. */
export type ProgressListener = (done: number, total: number) => void;

/** Text in both languages (what the pane's messages carry). */
export interface HostText {
  ja: string;
  en: string;
}

/** What the pane offers a write of result sheets. */
export interface WriteSheetsOptions {
  /**
   * Asked when sheets with the results' names exist that the add-in cannot tell it made (the
   * user's own, or any sheet on an Excel without worksheet custom properties): true replaces
   * them; without an answer (or false) they are kept and the results get other names.
   */
  confirmReplace?: (names: readonly string[]) => Promise<boolean>;
  onProgress?: ProgressListener;
}

/** What a write did where it differs from what was asked. */
export interface WrittenSheets {
  /** The names the sheets were written under, in order. */
  names: string[];
  /** Cells written differently from the results (text cut to fit a cell, a non-number left empty). */
  notes: HostText[];
}

/**
 * What the task pane needs from where the roster lives. Two implementations: Excel
 * (`addin/excel/`, the only code that touches Office.js) and files dropped into a plain
 * browser (`addin/file-host/`). Each method is one user action and keeps its Office
 * round trips to at most 3 `context.sync()` calls for rosters up to 20k rows; a check (read
 * + markCells) takes up to 5, as finding and deleting old marks are guarded batches of their
 * own (docs/excel-risks.md).
 */
export interface WorkbookHost {
  readonly kind: "excel" | "file";
  /** Names of the sheets (Excel) or loaded files (browser) that can hold a roster. */
  listSheets(): Promise<string[]>;
  /** Reads one sheet's used range; reports progress when read in blocks. */
  readSheet(name: string, onProgress?: ProgressListener): Promise<SheetCells>;
  /** Marks the cells of the latest check, clearing the marks of the previous check first. */
  markCells(sheet: SheetCells, marks: readonly CellMark[]): Promise<void>;
  /** Selects (and scrolls to) one cell of the roster sheet. */
  selectCell(sheet: SheetCells, row: number, columnIndex: number): Promise<void>;
  /**
   * Creates a correctly headed roster sheet with drop-down lists; returns its name. Without
   * Excel it downloads the template as an .xlsx and returns the file name.
   */
  createTemplateSheet(name: string): Promise<string>;
  /** Writes (or replaces) result sheets: in Excel as worksheets, without Excel as one .xlsx download. */
  writeResultSheets(
    sheets: readonly ResultSheet[],
    options?: WriteSheetsOptions,
  ): Promise<WrittenSheets>;
}
