import type { CivilDate } from "../dates/civil-date";
import type { RosterReadResult } from "../roster/read-result";
import type { Application } from "../rules/action-result";
import type { Evaluation } from "../rules/evaluate";
import type { WageGapOptions } from "../rules/wage-gap";

/**
 * One cell of a result sheet. Strings are ALWAYS written as text, never as formulas, even
 * when they start with "=", "+", "-" or "@" (a category name typed by a user must not run);
 * such a text also gets the shared leading apostrophe (formula-safe-text.ts) when written.
 * Dates are civil dates written as real Excel dates with the sheet's date format.
 */
export type SheetCell = string | number | boolean | null | { date: CivilDate };

/** A bar chart over a block of the sheet (written by Excel; the .xlsx download omits it). */
export interface SheetChart {
  title: string;
  /** 0-based column of the category labels and of the values; rows are spreadsheet rows (1-based). */
  labelColumn: number;
  valueColumns: number[];
  /** The heading row that names the series (its cells in valueColumns become the legend). */
  firstRow: number;
  /** The last data row. */
  lastRow: number;
}

/**
 * A worksheet the add-in writes into the workbook (or into the downloaded .xlsx): the lists
 * the application and report forms require, the ratio table, the validation report.
 * Re-writing a sheet of the same name replaces it.
 */
export interface ResultSheet {
  /** Worksheet name: at most 31 characters, none of []:*?/\ */
  name: string;
  rows: SheetCell[][];
  /** How many of the first rows are headings (bold, frozen, repeated when printed). */
  headerRows: number;
  /** Width of each column in characters. */
  columnWidths?: number[];
  /** Excel number format per column (e.g. "0.0%", "#,##0", "yyyy/m/d"); null keeps General. */
  numberFormats?: (string | null)[];
  chart?: SheetChart;
}

/** One roster snapshot as read, with the sheet (or file) it came from. */
export interface RosterSnapshot {
  sheetName: string;
  read: RosterReadResult;
}

/**
 * Everything the result sheets are built from. Sheets that need what is absent are left out
 * (no report roster: no report lists; no application: no per-action lists).
 */
export interface ResultSheetsInput {
  /** The application-date roster (申請日時点). */
  application: RosterSnapshot;
  /** The report-date roster (実績報告日時点). */
  report?: RosterSnapshot;
  /** The round, actions and target categories chosen. */
  app?: Application;
  /** Verdicts, when both rosters and an application are present. */
  evaluation?: Evaluation;
  /**
   * Adds a 氏名 column to the 男女別一覧. Off by default: the guideline asks for lists by
   * gender, not names (p.16–19), and tells applicants to black out personal data the grant does
   * not need (p.12–13). The training attendance list masks names whatever this says.
   */
  includeNames?: boolean;
  /** The as-of date of 公表データ and 賃金差異の要因; without it those two sheets are left out. */
  publishAsOf?: CivilDate;
  /** The wage-gap options chosen in the pane, for the figures to publish. */
  wageGapOptions?: WageGapOptions;
}
