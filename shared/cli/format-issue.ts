import { columnForHeader } from "../roster/header-map";
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
