import type { CellValue } from "../../../shared/roster/cell-value";
import type { RosterIssue } from "../../../shared/roster/issue";
import type { WorkbookHost } from "../../workbook-host";
import type { Derived } from "../evaluation/derive";
import type { PaneSettings } from "../settings/pane-settings";
import type { Session } from "./session";
import type { UpdateSettings } from "../settings/use-pane-settings";

/** Which snapshot a roster is. */
export type RosterRole = "application" | "report";

/** What the user can make the pane do; every step receives these instead of the host's internals. */
export interface PaneActions {
  /** Re-lists the sheets (Excel) or files (browser). */
  refreshSheets(): Promise<void>;
  /** Reads and checks the chosen rosters, marking cells in the sheet. */
  check(): Promise<void>;
  /** Selects the issue's cell in the sheet and highlights it in the list. */
  selectIssue(role: RosterRole, issue: RosterIssue): Promise<void>;
  createTemplate(): Promise<void>;
  writeResultSheets(): Promise<void>;
  /** File mode only: files picked or dropped. */
  addFiles(files: readonly File[]): Promise<void>;
  /** File mode only: rows of cells added as a roster (the demo). */
  loadDemo(rosters: { name: string; cells: CellValue[][]; role: RosterRole }[]): Promise<void>;
  dismissMessages(): void;
}

/** Everything a step of the pane shows and changes. */
export interface StepProps {
  host: WorkbookHost;
  settings: PaneSettings;
  update: UpdateSettings;
  session: Session;
  derived: Derived;
  actions: PaneActions;
}

/** The key an issue is highlighted under. */
export function issueKey(role: RosterRole, issue: RosterIssue): string {
  return `${role}:${issue.row}:${issue.columnIndex ?? "-"}:${issue.code}`;
}
