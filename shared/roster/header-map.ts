import type { CellValue } from "./cell-value";
import { COLUMNS, type ColumnSpec } from "./columns";
import type { RosterIssue } from "./issue";
import { unknownColumn } from "./layout-messages";
import { duplicateColumn, missingColumn, type IssueText } from "./messages";
import { normalizeText } from "./normalize-text";
import type { RecognisedColumn } from "./read-result";
import type { ColumnKey } from "./worker";

/** What the header row says about the sheet's columns. */
export interface HeaderMap {
  /** Sorted by index. */
  columns: RecognisedColumn[];
  extraHeaders: string[];
  /** Required template columns absent from the header row. */
  missing: ColumnSpec[];
  /** DUPLICATE_COLUMN, MISSING_COLUMN and UNKNOWN_COLUMN, in column order. */
  issues: RosterIssue[];
  /** One past the last non-empty header cell: data beyond it has no column. */
  width: number;
}

/**
 * The form a header is matched in: NFKC, no white space at all, lower case. Users pad
 * headers, type full-width parentheses and break long ones over two lines in a cell.
 */
export function headerKey(header: string): string {
  return normalizeText(header).replace(/\s+/g, "").toLowerCase();
}

const BY_HEADER = new Map<string, ColumnSpec>();
for (const spec of COLUMNS) {
  // The camelCase key is accepted too: exports from other tools use it.
  for (const header of [spec.header, ...spec.aliases, spec.key])
    BY_HEADER.set(headerKey(header), spec);
}

/** The template column a header names, if any. */
export function columnForHeader(header: string): ColumnSpec | undefined {
  return BY_HEADER.get(headerKey(header));
}

export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * The template column an unknown header most likely meant: "役職手当(月額・円)" and
 * "年間賃金(円)" contain a template header's words. Only a suggestion: guessing silently
 * would misread data, ignoring silently would lose it.
 */
export function resemblingColumn(header: string): ColumnSpec | undefined {
  const key = headerKey(header);
  return COLUMNS.find((spec) => {
    const base = headerKey(spec.header).replace(/\(.*\)$/, "");
    return base.length >= 2 && key.includes(base);
  });
}

function headerIssue(
  code: "DUPLICATE_COLUMN" | "MISSING_COLUMN" | "UNKNOWN_COLUMN",
  row: number,
  column: string,
  columnIndex: number | undefined,
  text: IssueText,
): RosterIssue {
  const severity = code === "UNKNOWN_COLUMN" ? "warning" : "error";
  const issue: RosterIssue = { severity, code, row, column, ...text };
  if (columnIndex !== undefined) issue.columnIndex = columnIndex;
  return issue;
}

/** Recognises the template's columns in the header row (spreadsheet row `row`). */
export function mapHeaders(cells: readonly CellValue[], row: number): HeaderMap {
  const columns: RecognisedColumn[] = [];
  const extraHeaders: string[] = [];
  const issues: RosterIssue[] = [];
  const seen = new Map<ColumnKey, RecognisedColumn>();
  let width = 0;

  for (let index = 0; index < cells.length; index++) {
    const header = cellText(cells[index]);
    if (normalizeText(header) === "") continue;
    width = index + 1;
    const spec = columnForHeader(header);
    if (spec === undefined) {
      extraHeaders.push(header);
      const text = unknownColumn(header.trim(), resemblingColumn(header)?.header);
      issues.push(headerIssue("UNKNOWN_COLUMN", row, header, index, text));
      continue;
    }
    const first = seen.get(spec.key);
    if (first !== undefined) {
      const text = duplicateColumn(header.trim(), first.index);
      issues.push(headerIssue("DUPLICATE_COLUMN", row, header, index, text));
      continue;
    }
    const column = { key: spec.key, header, index };
    seen.set(spec.key, column);
    columns.push(column);
  }

  const missing = COLUMNS.filter((spec) => spec.required && !seen.has(spec.key));
  for (const spec of missing) {
    issues.push(
      headerIssue("MISSING_COLUMN", row, spec.header, undefined, missingColumn(spec.header, row)),
    );
  }
  return { columns, extraHeaders, missing, issues, width };
}
