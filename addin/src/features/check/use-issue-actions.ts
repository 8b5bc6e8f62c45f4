import { useMemo } from "react";
import type { RosterIssue } from "../../../../shared/roster/issue";
import type { PaneWork } from "../../app/pane-work";
import type { RosterRole } from "../../app/session";
import { issueKey } from "./issue-key";

export interface IssueActions {
  /** Selects the issue's cell in the sheet and highlights it in the list. */
  selectIssue(role: RosterRole, issue: RosterIssue): Promise<void>;
}

export function useIssueActions(work: PaneWork): IssueActions {
  return useMemo<IssueActions>(
    () => ({
      async selectIssue(role, issue) {
        const { session, host } = work.latest();
        const roster =
          role === "report" && issue.code !== "LEFT_BEFORE_REPORT"
            ? session.report
            : session.application;
        work.patch({ selectedIssue: issueKey(role, issue) });
        if (roster === undefined) return;
        await work.guarded(
          () => host.selectCell(roster.sheet, issue.row, issue.columnIndex ?? 0),
          "error.selectCell",
        );
      },
    }),
    [work],
  );
}
