/** The workbook state behind the fake Office.js proxies: plain data the tests inspect. */

export type Scalar = string | number | boolean;

export interface ModelCell {
  value: Scalar;
  /** Set when Excel would have taken the written text as a formula. */
  formula?: string;
  numberFormat: string;
  bold?: boolean;
  fill?: string;
  fontColor?: string;
}

export interface Rect {
  sheet: ModelSheet;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface ModelRule {
  type: string;
  ranges: Rect[];
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface ModelValidation {
  range: Rect;
  rule?: unknown;
  errorAlert?: unknown;
}

export interface ModelChart {
  type: string;
  source: Rect;
  seriesBy: string;
  title?: string;
  legendVisible?: boolean;
  position?: string;
  xAxis?: Rect;
}

export class ModelSheet {
  readonly cells = new Map<number, ModelCell>();
  /** Conditional formats, top priority first (an Excel rule's id is its index here). */
  readonly rules: ModelRule[] = [];
  readonly validations: ModelValidation[] = [];
  readonly charts: ModelChart[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly pageLayout: Record<string, unknown> = {};
  /** Worksheet custom properties (ExcelApi 1.12): what the add-in marks its own sheets with. */
  readonly customProperties = new Map<string, string>();
  frozenRows = 0;
  visibility = "Visible";

  constructor(public name: string) {}

  static key(row: number, column: number): number {
    return row * 16384 + column;
  }

  cell(row: number, column: number): ModelCell | undefined {
    return this.cells.get(ModelSheet.key(row, column));
  }

  /** The cell, created (empty, General) when absent. */
  touch(row: number, column: number): ModelCell {
    const key = ModelSheet.key(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: "", numberFormat: "General" };
      this.cells.set(key, cell);
    }
    return cell;
  }

  /** The value Excel would show for a cell ("" when empty). */
  value(row: number, column: number): Scalar {
    return this.cell(row, column)?.value ?? "";
  }

  /** The used range counting values only: A1 when the sheet is blank (as Excel answers). */
  usedRect(): Rect {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (cell.value === "" && cell.formula === undefined) continue;
      const row = Math.floor(key / 16384);
      const column = key % 16384;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (bottom < 0) return { sheet: this, row: 0, column: 0, rows: 1, columns: 1 };
    return {
      sheet: this,
      row: top,
      column: left,
      rows: bottom - top + 1,
      columns: right - left + 1,
    };
  }

  /** Writes rows of values from a 0-based top-left cell, as a user typing them would. */
  put(rows: readonly (readonly Scalar[])[], row = 0, column = 0): void {
    rows.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value !== "") this.touch(row + r, column + c).value = value;
      }),
    );
  }
}

export class ModelWorkbook {
  readonly sheets: ModelSheet[] = [];
  date1904 = false;
  activeSheet?: ModelSheet;
  selection?: { sheet: string; row: number; column: number; rows: number; columns: number };

  sheet(name: string): ModelSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): ModelSheet {
    const sheet = new ModelSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
}

/** Excel's longest cell text, in UTF-16 units. */
export const MAX_CELL_TEXT = 32_767;

/**
 * Excel's answer to a sheet name it cannot take: over 31 UTF-16 units, a forbidden character,
 * a quote at either end, or half of a surrogate pair (a name cut in the middle of 𠮷).
 */
export function checkSheetName(name: string): void {
  const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
  if (
    name.length === 0 ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    lone.test(name)
  )
    throw new FakeOfficeError("InvalidArgument", `bad sheet name ${JSON.stringify(name)}`);
}

/** An Office.js error as the host reports it: a code the add-in can test. */
export class FakeOfficeError extends Error {
  constructor(
    public readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "B2", "B2:D9", "$1:$3" or "A:A" (0-based, inclusive) as a rectangle of `sheet`. */
export function parseArea(sheet: ModelSheet, address: string): Rect {
  const parts = address.replace(/\$/g, "").split(":");
  const one = (part: string): { row?: number; column?: number } => {
    const m = /^([A-Za-z]*)(\d*)$/.exec(part);
    if (!m || (m[1] === "" && m[2] === ""))
      throw new FakeOfficeError("InvalidArgument", `bad address ${address}`);
    return {
      ...(m[1] ? { column: columnNumber(m[1]) } : {}),
      ...(m[2] ? { row: Number(m[2]) - 1 } : {}),
    };
  };
  const a = one(parts[0]!);
  const b = one(parts[1] ?? parts[0]!);
  const row = a.row ?? 0;
  const column = a.column ?? 0;
  const lastRow = b.row ?? 1_048_575;
  const lastColumn = b.column ?? 16_383;
  return { sheet, row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

export const GRID_ROWS = 1_048_576;
export const GRID_COLUMNS = 16_384;

/** Excel's answer to a rectangle that leaves the grid or has no cells. */
export function inGrid(rect: Rect, what: string): Rect {
  if (
    rect.rows < 1 ||
    rect.columns < 1 ||
    rect.row < 0 ||
    rect.column < 0 ||
    rect.row + rect.rows > GRID_ROWS ||
    rect.column + rect.columns > GRID_COLUMNS
  )
    throw new FakeOfficeError("InvalidArgument", `${what} outside the sheet`);
  return rect;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const lastRow = Math.min(a.row + a.rows, b.row + b.rows);
  const lastColumn = Math.min(a.column + a.columns, b.column + b.columns);
  if (lastRow <= row || lastColumn <= column) return null;
  return { sheet: a.sheet, row, column, rows: lastRow - row, columns: lastColumn - column };
}
