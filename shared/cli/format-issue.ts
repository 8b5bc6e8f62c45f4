import { groupPlace, type IssueGroup } from "../roster/group-issues";
import { columnForHeader } from "../roster/header-map";
import type { IncompleteResult } from "../roster/incomplete-result";
import type { RosterIssue } from "../roster/issue";
import { t, type Lang } from "./args";

/** The CLI's JSON shape of an issue: a contract outside checks rely on. */
export interface IssueJson {
  row: number;
  column: string;
  code: string;
  message: string;
}

/** The message with its fix, in the user's language. */
export function issueMessage(issue: RosterIssue, lang: Lang): string {
  const message = t(lang, issue.messageJa, issue.messageEn);
  const fix = t(lang, issue.fixJa ?? "", issue.fixEn ?? "");
  // Japanese sentences run on without a space; English ones need one.
  return fix === "" ? message : `${message}${lang === "ja" ? "" : " "}${fix}`;
}

/**
 * The contract names columns by the template's header (issue #2 §6), whatever spelling the
 * sheet used (" 社員番号 ", 入社日, 役職手当); unknown columns keep their own trimmed text.
 */
export function issueJson(issue: RosterIssue, lang: Lang): IssueJson {
  const column = columnForHeader(issue.column)?.header ?? issue.column.trim();
  return { row: issue.row, column, code: issue.code, message: issueMessage(issue, lang) };
}

/** One line per issue, as a person reads them: where first, then what and how to fix it. */
export function issueLine(issue: RosterIssue, lang: Lang): string {
  const where = t(
    lang,
    `${issue.row}行目「${issue.column}」`,
    `row ${issue.row}, "${issue.column}"`,
  );
  return `  ${where}: ${issueMessage(issue, lang)}`;
}

/** The CLI's JSON shape of a group of identical issues (issue 16 §7). */
export interface IssueGroupJson {
  code: string;
  severity: string;
  column: string;
  message: string;
  rows: number[];
  count: number;
}

export function groupJson(group: IssueGroup, lang: Lang): IssueGroupJson {
  const first = group.issues[0]!;
  const { column, message } = issueJson(first, lang);
  return {
    code: group.code,
    severity: group.severity,
    column,
    message,
    rows: group.rows,
    count: group.count,
  };
}

/** One line per group: a single issue reads as before, several name their rows and count. */
export function groupLine(group: IssueGroup, lang: Lang): string {
  if (group.count === 1) return issueLine(group.issues[0]!, lang);
  const place = groupPlace(group);
  const where = t(lang, `${place.ja}「${group.column}」`, `${place.en}, "${group.column}"`);
  return `  ${where}: ${issueMessage(group.issues[0]!, lang)}`;
}

/** The `incomplete` member of the JSON documents: null when every row was usable. */
export function incompleteJson(incomplete: IncompleteResult | null, lang: Lang) {
  if (incomplete === null) return null;
  return {
    excludedRows: incomplete.excludedRows,
    rosters: incomplete.rosters.map((r) => ({
      roster: t(lang, r.labelJa, r.labelEn),
      rows: r.rows,
    })),
    message: t(lang, incomplete.messageJa, incomplete.messageEn),
  };
}
