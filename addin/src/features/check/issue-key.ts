import type { RosterIssue } from "../../../../shared/roster/issue";
import type { RosterRole } from "../../app/session";

/** The key an issue is highlighted under. */
export function issueKey(role: RosterRole, issue: RosterIssue): string {
  return `${role}:${issue.row}:${issue.columnIndex ?? "-"}:${issue.code}`;
}
