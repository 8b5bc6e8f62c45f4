import type { IssueCode, RosterIssue, Severity } from "./issue";
import { rowList } from "./messages";

/**
 * Identical issues (same severity, code, column and message) on several rows, shown once with
 * their rows: eleven 「性別」が空欄です lines say less than one line naming eleven rows.
 */
export interface IssueGroup {
  severity: Severity;
  code: IssueCode;
  column: string;
  columnIndex?: number;
  messageJa: string;
  messageEn: string;
  fixJa?: string;
  fixEn?: string;
  /** Every row, ascending and without repeats. */
  rows: number[];
  /** How many issues the group stands for. */
  count: number;
  /** The per-row issues, in their original order (detail stays available). */
  issues: RosterIssue[];
}

function keyOf(issue: RosterIssue): string {
  return `${issue.severity}\u0000${issue.code}\u0000${issue.column}\u0000${issue.messageJa}`;
}

/** Groups identical issues, in order of each group's first issue; a pure function of the list. */
export function groupIssues(issues: readonly RosterIssue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = keyOf(issue);
    let group = groups.get(key);
    if (group === undefined) {
      group = {
        severity: issue.severity,
        code: issue.code,
        column: issue.column,
        messageJa: issue.messageJa,
        messageEn: issue.messageEn,
        rows: [],
        count: 0,
        issues: [],
      };
      if (issue.columnIndex !== undefined) group.columnIndex = issue.columnIndex;
      if (issue.fixJa !== undefined) group.fixJa = issue.fixJa;
      if (issue.fixEn !== undefined) group.fixEn = issue.fixEn;
      groups.set(key, group);
    }
    group.issues.push(issue);
    group.count += 1;
    group.rows.push(...(issue.rows ?? [issue.row]));
  }
  for (const group of groups.values()) group.rows = [...new Set(group.rows)].sort((a, b) => a - b);
  return [...groups.values()];
}

/** "2, 3, 5 行目（3 件）" / "rows 2, 3, 5 (3)": where a group is, as one short phrase. */
export function groupPlace(group: IssueGroup): { ja: string; en: string } {
  if (group.rows.length === 1 && group.count === 1)
    return { ja: `${group.rows[0]}行目`, en: `row ${group.rows[0]}` };
  const list = rowList(group.rows);
  return { ja: `${list.ja}（${group.count} 件）`, en: `${list.en} (${group.count})` };
}
