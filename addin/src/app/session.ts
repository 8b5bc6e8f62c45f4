import type { RosterReadResult } from "../../../shared/roster/read-result";
import type { Bilingual } from "../i18n/translate";
import type { SheetCells } from "../../workbook-host";

/** Which snapshot a roster is. */
export type RosterRole = "application" | "report";

/** One roster as read from the host and parsed by the domain core. */
export interface LoadedRoster {
  sheet: SheetCells;
  read: RosterReadResult;
}

/** Long work in progress, for the progress bar. */
export interface Busy {
  label: string;
  /** 0..1, or null when the amount of work is unknown (a spinner then). */
  progress: number | null;
}

/** A problem the pane shows at the top, in both languages. */
export type PaneError = Bilingual;

/** A yes/no question the pane asks in its message area (Office add-ins get no confirm()). */
export interface PaneQuestion {
  text: PaneError;
  answer(yes: boolean): void;
}

/** What the pane holds while open but does not persist: rosters come back from the host. */
export interface Session {
  sheets: string[];
  application?: LoadedRoster;
  report?: LoadedRoster;
  busy: Busy | null;
  error: PaneError | null;
  /** "row:columnIndex:roster" of the issue the user last chose, highlighted in the list. */
  selectedIssue: string | null;
  /** What the last write of result sheets did, for a confirmation message. */
  notice: PaneError | null;
  /** Asked during an action (replace sheets the add-in cannot tell it made?). */
  question: PaneQuestion | null;
  /**
   * Two rosters arrived and neither their names nor their contents tell which is which: the
   * pane asks (the names, application first as now assigned).
   */
  orderQuestion: { application: string; report: string } | null;
  /** The user said which roster is which: no "looks swapped" warning for this pair any more. */
  orderConfirmed: boolean;
}

export const EMPTY_SESSION: Session = {
  sheets: [],
  busy: null,
  error: null,
  selectedIssue: null,
  notice: null,
  question: null,
  orderQuestion: null,
  orderConfirmed: false,
};
