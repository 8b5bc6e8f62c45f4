import { parseRoster } from "../../../shared/roster/parse-roster";
import type { RosterSnapshot, ResultSheet, SheetCell } from "../../../shared/sheets/result-sheet";
import type { ColumnKey } from "../../../shared/roster/worker";
import type { Application } from "../../../shared/rules/action-result";
import { evaluateApplication, type Evaluation } from "../../../shared/rules/evaluate";
import { TEMPLATE } from "../roster/roster-cells";

/** Round 1 of fiscal 2025. */
export const PERIOD = { start: "2025-08-01", end: "2026-01-31" };

interface Row {
  id: string;
  name?: string;
  sex: "女性" | "男性";
  category: string;
  type?: string;
  grade?: string;
  /** 使用人兼務 */
  alsoEmployee?: string;
  title?: string;
  appointed?: string;
  allowance?: number;
  hired?: string;
  trained?: string;
}

/** The template's header of each column, from the test support's copy of the template. */
const HEADER = Object.fromEntries(TEMPLATE) as Record<ColumnKey, string>;

/** The columns these fixtures fill, in this order, and what a row writes in each. */
const COLUMNS: readonly (readonly [ColumnKey, (r: Row) => string | number | null])[] = [
  ["employeeId", (r) => r.id],
  ["name", (r) => r.name ?? `氏名${r.id}`],
  ["gender", (r) => r.sex],
  ["category", (r) => r.category],
  ["employmentType", (r) => r.type ?? "正規"],
  ["grade", (r) => r.grade ?? "一般"],
  ["officerEmployee", (r) => r.alsoEmployee ?? null],
  ["positionTitle", (r) => r.title ?? null],
  ["appointmentDate", (r) => r.appointed ?? null],
  ["positionAllowance", (r) => r.allowance ?? null],
  ["hireDate", (r) => r.hired ?? "2020-04-01"],
  ["trainingDate", (r) => r.trained ?? null],
];

function cells(rows: readonly Row[]): (string | number | null)[][] {
  return [
    COLUMNS.map(([key]) => HEADER[key]),
    ...rows.map((r) => COLUMNS.map(([, value]) => value(r))),
  ];
}

export function snapshot(sheetName: string, rows: readonly Row[]): RosterSnapshot {
  return { sheetName, read: parseRoster(cells(rows)) };
}

/**
 * 総合職: 7 counted (2 women: 28.6%, under 40%) + 1 dispatched woman; 一般職: 2 women of 5 (exactly
 * 40%, not under); "=1+1": one man (0%).
 */
const APPLICATION_ROWS: Row[] = [
  {
    id: "E001",
    sex: "女性",
    category: "総合職",
    grade: "課長級",
    title: "課長",
    appointed: "2022-04-01",
  },
  {
    id: "E002",
    sex: "男性",
    category: "総合職",
    grade: "部長級",
    title: "部長",
    appointed: "2021-04-01",
  },
  {
    id: "E003",
    sex: "男性",
    category: "総合職",
    grade: "係長級",
    title: "係長",
    appointed: "2023-04-01",
    allowance: 10000,
  },
  {
    id: "E004",
    sex: "女性",
    category: "総合職",
    grade: "係長級",
    title: "係長",
    appointed: "2023-04-01",
    allowance: 10000,
  },
  { id: "E005", sex: "男性", category: "総合職" },
  { id: "E006", sex: "男性", category: "総合職" },
  { id: "E007", sex: "女性", category: "総合職", type: "派遣" },
  { id: "E008", name: "山田 花子", sex: "女性", category: "一般職" },
  { id: "E009", sex: "女性", category: "一般職" },
  { id: "E010", sex: "男性", category: "一般職" },
  { id: "E011", sex: "男性", category: "一般職" },
  { id: "E012", sex: "男性", category: "一般職" },
  { id: "E013", sex: "男性", category: "=1+1", type: "非正規" },
  // An officer who is also an employee (使用人兼務役員): a worker in every count, never a manager.
  { id: "E014", sex: "男性", category: "総合職", grade: "役員", alsoEmployee: "はい" },
];

const TRAINED = "2025-11-10";

/**
 * At report: E008 became a 課長 (2025-09-01), E009 a 係長 with an allowance (2025-10-01), and E015
 * was hired into 総合職 as a 課長 (2025-10-15). Everyone trained in the period except E010 (no
 * date) and E011 (before the period).
 */
const REPORT_ROWS: Row[] = APPLICATION_ROWS.map((r): Row => {
  if (r.id === "E008")
    return { ...r, grade: "課長級", title: "課長", appointed: "2025-09-01", trained: TRAINED };
  if (r.id === "E009")
    return {
      ...r,
      grade: "係長級",
      title: "係長",
      appointed: "2025-10-01",
      allowance: 8000,
      trained: TRAINED,
    };
  if (r.id === "E010") return r;
  if (r.id === "E011") return { ...r, trained: "2025-07-01" };
  return { ...r, trained: TRAINED };
}).concat([
  {
    id: "E015",
    sex: "女性",
    category: "総合職",
    grade: "課長級",
    title: "課長",
    hired: "2025-10-15",
    trained: TRAINED,
  },
]);

export const APPLICATION = snapshot("申請時", APPLICATION_ROWS);
export const REPORT = snapshot("実績報告時", REPORT_ROWS);

export const APP_AB: Application = {
  actions: ["A", "B"],
  targets: { A: "総合職", B: "総合職" },
  period: PERIOD,
};

export function evaluate(app: Application): Evaluation {
  return evaluateApplication(app, APPLICATION.read.workers, REPORT.read.workers);
}

export function sheetNamed(sheets: readonly ResultSheet[], name: string): ResultSheet {
  const sheet = sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}: ${sheets.map((s) => s.name).join(", ")}`);
  return sheet;
}

/** The rows under the headings, as objects keyed by the column headings. */
export function records(sheet: ResultSheet): Record<string, SheetCell>[] {
  const headings = sheet.rows[sheet.headerRows - 1]!.map(String);
  return sheet.rows
    .slice(sheet.headerRows)
    .map((row) => Object.fromEntries(headings.map((h, i) => [h, row[i] ?? null])));
}

export function column(sheet: ResultSheet, heading: string): SheetCell[] {
  return records(sheet).map((r) => r[heading] ?? null);
}
