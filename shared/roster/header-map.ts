import type { CellValue } from "./cell-value";
import { COLUMNS, type ColumnSpec } from "./columns";
import type { RosterIssue } from "./issue";
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
  /** DUPLICATE_COLUMN and MISSING_COLUMN, in column order. */
  issues: RosterIssue[];
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

function headerIssue(
  code: "DUPLICATE_COLUMN" | "MISSING_COLUMN",
  row: number,
  column: string,
  columnIndex: number | undefined,
  text: IssueText,
): RosterIssue {
  const issue: RosterIssue = { severity: "error", code, row, column, ...text };
  if (columnIndex !== undefined) issue.columnIndex = columnIndex;
  return issue;
}

/** Recognises the template's columns in the header row (spreadsheet row `row`). */
export function mapHeaders(cells: readonly CellValue[], row: number): HeaderMap {
  const columns: RecognisedColumn[] = [];
  const extraHeaders: string[] = [];
  const issues: RosterIssue[] = [];
  const seen = new Map<ColumnKey, RecognisedColumn>();

  for (let index = 0; index < cells.length; index++) {
    const header = cellText(cells[index]);
    if (normalizeText(header) === "") continue;
    const spec = columnForHeader(header);
    if (spec === undefined) {
      extraHeaders.push(header);
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
  return { columns, extraHeaders, missing, issues };
}
