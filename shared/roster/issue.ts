/** How serious a roster problem is: errors make a value unusable, warnings ask for a second look. */
export type Severity = "error" | "warning";

/** Stable machine codes; tests, the CLI's JSON and the add-in's cell marks rely on them. */
export type IssueCode =
  // errors
  | "MISSING_COLUMN"
  | "DUPLICATE_COLUMN"
  | "REQUIRED_MISSING"
  | "INVALID_VALUE"
  | "INVALID_DATE"
  | "NOT_A_NUMBER"
  | "NEGATIVE_AMOUNT"
  | "NOT_WHOLE_YEN"
  | "DUPLICATE_ID"
  | "EMPTY_ROSTER"
  | "MALFORMED_CSV"
  | "EXTRA_CELLS"
  // warnings
  | "MANAGER_WITH_ALLOWANCE"
  | "NON_HOLDER_WITH_ALLOWANCE"
  | "DISPATCHED_EXCLUDED"
  | "OFFICER_EXCLUDED"
  | "GRADE_BLANK_AS_NONE"
  | "APPLICATION_ROW_EXCLUDED"
  | "NEW_HIRE_AT_REPORT"
  | "LEFT_BEFORE_REPORT"
  | "GENDER_CHANGED"
  | "APPOINTED_BEFORE_HIRED"
  | "TRAINED_BEFORE_HIRED"
  | "UNUSUAL_HOURS"
  | "ZERO_WAGE"
  | "UNKNOWN_COLUMN"
  | "IMPLAUSIBLE_DATE";

/**
 * One problem, pointing where the user looks in Excel: the spreadsheet row (header = 1)
 * and the column header exactly as the user wrote it. Messages are Japanese first.
 */
export interface RosterIssue {
  severity: Severity;
  code: IssueCode;
  /** Spreadsheet row number; 1 for header problems. */
  row: number;
  /** Every row one grouped issue stands for (GRADE_BLANK_AS_NONE); `row` is the first. */
  rows?: number[];
  /** Header text as written in the sheet (or the template's header for a missing column). */
  column: string;
  /** 0-based column index in the sheet, when the column exists (for marking cells). */
  columnIndex?: number;
  /** The offending cell value as text, when there is one (never for 氏名). */
  value?: string;
  messageJa: string;
  messageEn: string;
  /** How to fix it, when there is a fix to suggest. */
  fixJa?: string;
  fixEn?: string;
}
