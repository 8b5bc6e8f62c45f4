import type { CivilDate } from "../dates/civil-date";
import { CellReader, type CellProblem } from "./cell-reader";
import type { CellValue } from "./cell-value";
import { COLUMNS, SLOT, columnSpec } from "./columns";
import { FirstRowIndex } from "./first-row-index";
import { mapHeaders } from "./header-map";
import { extraCells } from "./layout-messages";
import { columnLetter } from "./messages";
import type { RosterIssue } from "./issue";
import { blankGradeText, duplicateId, emptyRoster, requiredMissing } from "./messages";
import type { RejectedRowId, RosterReadResult } from "./read-result";
import { checkRow, type ColumnPlace, type RowValues } from "./row-checks";
import type { EmploymentType, Gender, Grade, Term, Worker, Workplace } from "./worker";

export type { CellValue } from "./cell-value";

export interface ParseRosterOptions {
  /** Spreadsheet row number of cells[0]; default 1. */
  firstRow?: number;
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  date1904?: boolean;
}

/** Cap on the offending value copied into an issue: a pasted novel should not fill the JSON. */
const MAX_ISSUE_VALUE = 200;

// A module-local copy: hot loops then read plain properties, not another module's live
// binding (which CommonJS output turns into a getter call per access).
const S = { ...SLOT };
const ID_SLOT = S.employeeId;
const GRADE_SLOT = S.grade;
const checkRowValues = checkRow;

/**
 * Reads a roster sheet given as rows of cells: the first non-empty row is the header, each
 * later non-empty row a worker. Never throws on cell content; every problem of every row
 * becomes an issue.
 */
export function parseRoster(
  cells: readonly (readonly CellValue[])[],
  options: ParseRosterOptions = {},
): RosterReadResult {
  const firstRow = options.firstRow ?? 1;
  const date1904 = options.date1904 ?? false;
  const result: RosterReadResult = {
    workers: [],
    issues: [],
    rowCount: 0,
    rejectedRows: [],
    columns: [],
    extraHeaders: [],
  };
  const rejectedIds: RejectedRowId[] = [];
  result.rejectedIds = rejectedIds;
  const { workers, issues, rejectedRows } = result;

  let h = 0;
  while (h < cells.length && isEmptyRow(cells[h]!)) h++;
  if (h === cells.length) {
    issues.push(rosterIssue("EMPTY_ROSTER", firstRow, "", emptyRoster(false)));
    return result;
  }
  const headerRow = firstRow + h;
  const map = mapHeaders(cells[h]!, headerRow);
  result.columns = map.columns;
  result.extraHeaders = map.extraHeaders;
  issues.push(...map.issues);

  const readers = map.columns.map(
    (c) => new CellReader(columnSpec(c.key), c.header, c.index, date1904),
  );
  const slots = readers.map((r) => SLOT[r.spec.key]);
  const places: (ColumnPlace | undefined)[] = COLUMNS.map(() => undefined);
  for (const r of readers) places[SLOT[r.spec.key]] = { header: r.header, index: r.index };
  // Without a required column no row can become a Worker; MISSING_COLUMN already says why.
  const unusable = map.missing.length > 0;
  const firstRowOfId = new FirstRowIndex(cells.length - h - 1);
  const v: RowValues = COLUMNS.map(() => undefined);
  // A blank 職階 is 一般 (most rosters leave ordinary staff blank): ONE warning lists the rows.
  // It is pushed when its first row is met so that the issue list stays in row order.
  let blankGrade: RosterIssue | undefined;
  const blankGradeRows: number[] = [];

  for (let r = h + 1; r < cells.length; r++) {
    const cellsOfRow = cells[r]!;
    if (isEmptyRow(cellsOfRow)) continue;
    const row = firstRow + r;
    result.rowCount++;
    const firstIssue = issues.length;
    let rejected = unusable;

    for (let i = 0; i < readers.length; i++) {
      const reader = readers[i]!;
      const read = reader.read(cellsOfRow[reader.index]);
      if (read === null) {
        v[slots[i]!] = undefined;
        if (slots[i] === GRADE_SLOT) {
          v[GRADE_SLOT] = "none";
          blankGradeRows.push(row);
          if (blankGrade === undefined) {
            const text = blankGradeText([]);
            blankGrade = {
              ...cellIssue("GRADE_BLANK_AS_NONE", row, reader, text),
              severity: "warning",
            };
            issues.push(blankGrade);
          }
        } else if (reader.spec.required) {
          rejected = true;
          const text = requiredMissing(reader.header.trim(), reader.spec.key);
          issues.push(cellIssue("REQUIRED_MISSING", row, reader, text));
        }
      } else if (typeof read === "object") {
        v[slots[i]!] = undefined;
        if (reader.spec.required) rejected = true;
        issues.push(problemIssue(read, row, reader));
      } else {
        v[slots[i]!] = read;
      }
    }

    const id = v[ID_SLOT];
    if (typeof id === "string") {
      const first = firstRowOfId.firstRow(id, row);
      if (first !== undefined) {
        const place = places[ID_SLOT]!;
        const issue = rosterIssue("DUPLICATE_ID", row, place.header, duplicateId(id, first));
        issue.columnIndex = place.index;
        issue.value = id;
        issues.push(issue);
      }
    }
    if (cellsOfRow.length > map.width) strayCells(cellsOfRow, map.width, row, issues);
    checkRowValues(v, row, places, issues);
    if (issues.length - firstIssue > 1) sortByColumn(issues, firstIssue);

    if (rejected) {
      rejectedRows.push(row);
      if (typeof id === "string") rejectedIds.push({ row, employeeId: id });
    } else workers.push(toWorker(row, v));
  }

  if (blankGrade !== undefined) {
    Object.assign(blankGrade, blankGradeText(blankGradeRows));
    blankGrade.rows = blankGradeRows;
  }
  if (result.rowCount === 0)
    issues.push(rosterIssue("EMPTY_ROSTER", headerRow, "", emptyRoster(true)));
  return result;
}

/** Values beyond the last header usually mean a shifted row (an unquoted "4,000,000"). */
function strayCells(
  cells: readonly CellValue[],
  width: number,
  row: number,
  issues: RosterIssue[],
): void {
  for (let index = width; index < cells.length; index++) {
    const cell = cells[index];
    if (isBlank(cell)) continue;
    const value = String(cell).slice(0, MAX_ISSUE_VALUE);
    issues.push({
      severity: "error",
      code: "EXTRA_CELLS",
      row,
      column: `${columnLetter(index)}列`,
      columnIndex: index,
      value,
      ...extraCells(index, value),
    });
  }
}

function isBlank(cell: CellValue): boolean {
  if (cell === null || cell === undefined || cell === "") return true;
  if (typeof cell !== "string") return false;
  const first = cell.charCodeAt(0);
  // Printable ASCII first: certainly not blank, and the common case.
  if (first > 0x20 && first < 0x7f) return false;
  return cell.trim() === "";
}

function isEmptyRow(row: readonly CellValue[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

function rosterIssue(
  code: RosterIssue["code"],
  row: number,
  column: string,
  text: Pick<RosterIssue, "messageJa" | "messageEn" | "fixJa" | "fixEn">,
): RosterIssue {
  return { severity: "error", code, row, column, ...text };
}

function cellIssue(
  code: RosterIssue["code"],
  row: number,
  reader: CellReader,
  text: Pick<RosterIssue, "messageJa" | "messageEn" | "fixJa" | "fixEn">,
): RosterIssue {
  return {
    severity: "error",
    code,
    row,
    column: reader.header,
    columnIndex: reader.index,
    ...text,
  };
}

function problemIssue(problem: CellProblem, row: number, reader: CellReader): RosterIssue {
  const issue = cellIssue(problem.code, row, reader, problem.text);
  issue.value =
    problem.value.length <= MAX_ISSUE_VALUE
      ? problem.value
      : `${problem.value.slice(0, MAX_ISSUE_VALUE)}…`;
  return issue;
}

/** Insertion sort of one row's few issues by column; rows already come in order. */
function sortByColumn(issues: RosterIssue[], from: number): void {
  for (let i = from + 1; i < issues.length; i++) {
    const issue = issues[i]!;
    const key = issue.columnIndex ?? Infinity;
    let j = i - 1;
    while (j >= from && (issues[j]!.columnIndex ?? Infinity) > key) {
      issues[j + 1] = issues[j]!;
      j--;
    }
    issues[j + 1] = issue;
  }
}

/** The slots hold values the readers produced for each column's kind, hence the casts. */
function toWorker(row: number, v: RowValues): Worker {
  return {
    row,
    employeeId: v[S.employeeId] as string,
    name: v[S.name] as string | undefined,
    gender: v[S.gender] as Gender,
    category: v[S.category] as string,
    employmentType: v[S.employmentType] as EmploymentType,
    term: v[S.term] as Term | undefined,
    hireDate: v[S.hireDate] as CivilDate | undefined,
    grade: (v[S.grade] as Grade | undefined) ?? "none",
    officerEmployee: v[S.officerEmployee] as boolean | undefined,
    expectedOneYear: v[S.expectedOneYear] as boolean | undefined,
    positionTitle: v[S.positionTitle] as string | undefined,
    appointmentDate: v[S.appointmentDate] as CivilDate | undefined,
    positionAllowance: (v[S.positionAllowance] as number | undefined) ?? 0,
    retirementPlan: v[S.retirementPlan] as boolean | undefined,
    workplace: v[S.workplace] as Workplace | undefined,
    employmentInsurance: v[S.employmentInsurance] as boolean | undefined,
    trainingDate: v[S.trainingDate] as CivilDate | undefined,
    annualWage: v[S.annualWage] as number | undefined,
    weeklyHours: v[S.weeklyHours] as number | undefined,
  };
}
