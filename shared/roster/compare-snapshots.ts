import type { RosterIssue } from "./issue";
import {
  applicationRowExcluded,
  genderChanged,
  leftBeforeReport,
  newHireAtReport,
  type IssueText,
} from "./messages";
import { columnSpec } from "./columns";
import { genderLabel } from "./parse-enums";
import type { RosterReadResult } from "./read-result";
import type { ColumnKey, Worker } from "./worker";

function warning(
  row: number,
  column: string,
  columnIndex: number | undefined,
  code: RosterIssue["code"],
  text: IssueText,
  value: string,
): RosterIssue {
  const issue: RosterIssue = { severity: "warning", code, row, column, ...text, value };
  if (columnIndex !== undefined) issue.columnIndex = columnIndex;
  return issue;
}

/** "0012" → "12" for digit-only IDs; undefined for anything else. */
function withoutLeadingZeros(id: string): string | undefined {
  return /^[0-9]+$/.test(id) ? id.replace(/^0+(?=.)/, "") : undefined;
}

function lookalikeOf(id: string, byDigits: ReadonlyMap<string, string>): string | undefined {
  const digits = withoutLeadingZeros(id);
  const other = digits === undefined ? undefined : byDigits.get(digits);
  return other !== id ? other : undefined;
}

/**
 * What changed between the application roster (申請時) and the report roster (実績報告時),
 * matched by 社員番号. Warnings on report rows come first, by row; then LEFT_BEFORE_REPORT,
 * whose row is the APPLICATION roster's (its message says so) because the worker has no
 * report row.
 */
export function compareSnapshots(
  applicationRoster: readonly Worker[] | RosterReadResult,
  report: RosterReadResult,
): RosterIssue[] {
  const application =
    "workers" in applicationRoster ? applicationRoster.workers : applicationRoster;
  // A report worker whose application row was rejected is not a new hire: point at that row.
  const excludedRow = new Map<string, number>();
  if ("workers" in applicationRoster)
    for (const r of applicationRoster.rejectedIds ?? [])
      if (!excludedRow.has(r.employeeId)) excludedRow.set(r.employeeId, r.row);
  const place = (key: ColumnKey) => {
    const column = report.columns.find((c) => c.key === key);
    return column ?? { header: columnSpec(key).header, index: undefined };
  };
  const idColumn = place("employeeId");
  const genderColumn = place("gender");

  const before = new Map<string, Worker>();
  for (const worker of application)
    if (!before.has(worker.employeeId)) before.set(worker.employeeId, worker);
  // Digit-only IDs keyed without their leading zeros, to explain a "new hire" that is really
  // the same person whose ID lost its zeros in one of the two files.
  const byDigits = new Map<string, string>();
  for (const id of before.keys()) {
    const digits = withoutLeadingZeros(id);
    if (digits !== undefined && !byDigits.has(digits)) byDigits.set(digits, id);
  }

  const issues: RosterIssue[] = [];
  const present = new Set<string>();
  for (const worker of [...report.workers].sort((a, b) => a.row - b.row)) {
    const id = worker.employeeId;
    present.add(id);
    const earlier = before.get(id);
    const rejectedRow = earlier === undefined ? excludedRow.get(id) : undefined;
    if (rejectedRow !== undefined) {
      issues.push(
        warning(
          worker.row,
          idColumn.header,
          idColumn.index,
          "APPLICATION_ROW_EXCLUDED",
          applicationRowExcluded(id, rejectedRow),
          id,
        ),
      );
    } else if (earlier === undefined) {
      issues.push(
        warning(
          worker.row,
          idColumn.header,
          idColumn.index,
          "NEW_HIRE_AT_REPORT",
          newHireAtReport(id, lookalikeOf(id, byDigits)),
          id,
        ),
      );
    } else if (earlier.gender !== worker.gender) {
      const text = genderChanged(id, genderLabel(earlier.gender), genderLabel(worker.gender));
      issues.push(
        warning(
          worker.row,
          genderColumn.header,
          genderColumn.index,
          "GENDER_CHANGED",
          text,
          genderLabel(worker.gender).ja,
        ),
      );
    }
  }

  const hasRejected = report.rejectedRows.length > 0;
  const template = columnSpec("employeeId").header;
  for (const worker of [...before.values()].sort((a, b) => a.row - b.row)) {
    if (present.has(worker.employeeId)) continue;
    const text = leftBeforeReport(worker.employeeId, worker.row, hasRejected);
    issues.push(
      warning(worker.row, template, undefined, "LEFT_BEFORE_REPORT", text, worker.employeeId),
    );
  }
  return issues;
}
