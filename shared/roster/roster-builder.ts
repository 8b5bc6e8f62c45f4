import type { CivilDate } from "../dates/civil-date";
import { CellReader, type CellProblem } from "./cell-reader";
import type { CellValue } from "./cell-value";
import { COLUMNS, SLOT, columnSpec } from "./columns";
import { FirstRowIndex } from "./first-row-index";
import { mapHeaders, type HeaderMap } from "./header-map";
import { extraCells } from "./layout-messages";
import { columnLetter } from "./messages";
import type { RosterIssue } from "./issue";
import { blankGradeText, duplicateId, emptyRoster, requiredMissing } from "./messages";
import type { RejectedRowId, RosterReadResult } from "./read-result";
import { checkRow, type ColumnPlace, type RowValues } from "./row-checks";
import type { EmploymentType, Gender, Grade, Term, Worker, Workplace } from "./worker";

export interface RosterBuilderOptions {
  /** Spreadsheet row number of the first row added; default 1. */
  firstRow?: number;
  /** The workbook counts serial dates from 1904 (old Mac Excel). */
  date1904?: boolean;
  /** About how many rows will come: sizes the duplicate-ID table once (a hint, not a limit). */
  expectedRows?: number;
  /**
   * Receives each worker instead of `workers` (which then stays empty): a caller that only
   * tallies the workers lets each one die young rather than carrying 100k of them through
   * the garbage collector until a second pass.
   */
  onWorker?: (worker: Worker) => void;
}

/** Cap on the offending value copied into an issue: a pasted novel should not fill the JSON. */
const MAX_ISSUE_VALUE = 200;

// A module-local copy: hot loops then read plain properties, not another module's live
// binding (which CommonJS output turns into a getter call per access).
const S = { ...SLOT };
const ID_SLOT = S.employeeId;
const GRADE_SLOT = S.grade;
const checkRowValues = checkRow;

/** What the header row fixed for every later row. */
interface Layout {
  map: HeaderMap;
  readers: CellReader[];
  /** Template slot of each reader. */
  slots: number[];
  places: (ColumnPlace | undefined)[];
  /** Without a required column no row can become a Worker; MISSING_COLUMN already says why. */
  unusable: boolean;
}

/**
 * Reads a roster sheet one row at a time, as a CSV parser or a workbook delivers them: the
 * first non-empty row is the header, each later non-empty row a worker. A caller that streams
 * rows never holds the whole grid of cells; parseRoster feeds a grid it already has. Never
 * throws on cell content; every problem of every row becomes an issue.
 */
export class RosterBuilder {
  private readonly result: RosterReadResult;
  private readonly rejectedIds: RejectedRowId[] = [];
  private readonly firstRowNumber: number;
  private readonly date1904: boolean;
  private readonly expectedRows: number;
  private readonly onWorker: ((worker: Worker) => void) | undefined;
  /** Spreadsheet row number of the next row added. */
  private row: number;
  private layout: Layout | undefined;
  private headerRow = 0;
  private firstRowOfId: FirstRowIndex | undefined;
  // A blank 職階 is 一般 (most rosters leave ordinary staff blank): ONE warning lists the rows.
  // It is pushed when its first row is met so that the issue list stays in row order.
  private blankGrade: RosterIssue | undefined;
  private readonly blankGradeRows: number[] = [];

  constructor(options: RosterBuilderOptions = {}) {
    this.firstRowNumber = options.firstRow ?? 1;
    this.row = this.firstRowNumber;
    this.date1904 = options.date1904 ?? false;
    this.expectedRows = options.expectedRows ?? 0;
    this.onWorker = options.onWorker;
    this.result = {
      workers: [],
      issues: [],
      rowCount: 0,
      rejectedRows: [],
      columns: [],
      extraHeaders: [],
      rejectedIds: this.rejectedIds,
    };
  }

  /** The sheet's next row (blank rows included, so that row numbers match the sheet's). */
  addRow(cellsOfRow: readonly CellValue[]): void {
    const row = this.row++;
    if (isEmptyRow(cellsOfRow)) return;
    const layout = this.layout;
    if (layout === undefined) this.readHeader(cellsOfRow, row);
    else this.readWorker(cellsOfRow, row, layout);
  }

  /** The workers and issues of every row added; the builder is spent afterwards. */
  finish(): RosterReadResult {
    const { result, blankGrade } = this;
    if (this.layout === undefined) {
      result.issues.push(rosterIssue("EMPTY_ROSTER", this.firstRowNumber, "", emptyRoster(false)));
      return result;
    }
    if (blankGrade !== undefined) {
      Object.assign(blankGrade, blankGradeText(this.blankGradeRows));
      blankGrade.rows = this.blankGradeRows;
    }
    if (result.rowCount === 0)
      result.issues.push(rosterIssue("EMPTY_ROSTER", this.headerRow, "", emptyRoster(true)));
    return result;
  }

  private readHeader(cells: readonly CellValue[], row: number): void {
    const { result, date1904 } = this;
    const map = mapHeaders(cells, row);
    result.columns = map.columns;
    result.extraHeaders = map.extraHeaders;
    result.issues.push(...map.issues);
    const readers = map.columns.map(
      (c) =>
        new CellReader(columnSpec(c.key), c.header, c.index, date1904, this.onWorker === undefined),
    );
    const places: (ColumnPlace | undefined)[] = COLUMNS.map(() => undefined);
    for (const r of readers) places[SLOT[r.spec.key]] = { header: r.header, index: r.index };
    this.layout = {
      map,
      readers,
      slots: readers.map((r) => SLOT[r.spec.key]),
      places,
      unusable: map.missing.length > 0,
    };
    this.headerRow = row;
    const expected = this.expectedRows - (row - this.firstRowNumber) - 1;
    this.firstRowOfId = new FirstRowIndex(Math.max(0, expected));
  }

  private readWorker(cellsOfRow: readonly CellValue[], row: number, layout: Layout): void {
    const { result } = this;
    // A new array per row, not one kept in the builder: the builder is long-lived (old
    // generation), so each fresh cell string stored into a kept array would go through the
    // write barrier's slow path into the remembered set; a young array dies with the row.
    const v = emptyRowValues();
    const { issues } = result;
    const { readers, slots, places, map } = layout;
    result.rowCount++;
    const firstIssue = issues.length;
    let rejected = layout.unusable;

    for (let i = 0; i < readers.length; i++) {
      const reader = readers[i]!;
      const read = reader.read(cellsOfRow[reader.index]);
      if (read === null) {
        v[slots[i]!] = undefined;
        if (slots[i] === GRADE_SLOT) {
          v[GRADE_SLOT] = "none";
          this.blankGradeRows.push(row);
          if (this.blankGrade === undefined) {
            const text = blankGradeText([]);
            this.blankGrade = {
              ...cellIssue("GRADE_BLANK_AS_NONE", row, reader, text),
              severity: "warning",
            };
            issues.push(this.blankGrade);
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
      const first = this.firstRowOfId!.firstRow(id, row);
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
      result.rejectedRows.push(row);
      if (typeof id === "string") this.rejectedIds.push({ row, employeeId: id });
    } else if (this.onWorker !== undefined) this.onWorker(toWorker(row, v));
    else result.workers.push(toWorker(row, v));
  }
}

/** One slot per template column (COLUMNS), all empty. */
function emptyRowValues(): RowValues {
  // prettier-ignore
  const v: RowValues = [
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    undefined, undefined, undefined,
  ];
  return v;
}
// A column added to the template needs its slot above: fail at load, not with a lost value.
if (emptyRowValues().length !== COLUMNS.length)
  throw new Error("emptyRowValues: one slot per column");

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
