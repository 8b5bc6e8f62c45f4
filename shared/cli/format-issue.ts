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

export function issueJson(issue: RosterIssue, lang: Lang): IssueJson {
  return {
    row: issue.row,
    column: issue.column,
    code: issue.code,
    message: issueMessage(issue, lang),
  };
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
