import type { CellValue } from "../../../shared/roster/parse-roster";
import type { RosterReadResult } from "../../../shared/roster/read-result";
import type { IssueCode, RosterIssue } from "../../../shared/roster/issue";
import type { ColumnKey } from "../../../shared/roster/worker";

/** The template's columns in template order, with the headers as the template writes them. */
export const TEMPLATE: readonly (readonly [ColumnKey, string])[] = [
  ["employeeId", "社員番号"],
  ["name", "氏名"],
  ["gender", "性別"],
  ["category", "雇用管理区分"],
  ["employmentType", "雇用形態"],
  ["term", "雇用期間"],
  ["hireDate", "採用日"],
  ["grade", "職階"],
  ["positionTitle", "役職名"],
  ["appointmentDate", "就任日"],
  ["positionAllowance", "役職手当（月額）"],
  ["retirementPlan", "退職金制度"],
  ["workplace", "勤務地"],
  ["employmentInsurance", "雇用保険"],
  ["trainingDate", "研修受講日"],
  ["annualWage", "年間賃金"],
  ["weeklyHours", "週所定労働時間"],
  ["officerEmployee", "使用人兼務"],
  ["expectedOneYear", "1年以上雇用見込み"],
];

export const COLUMN_INDEX = Object.fromEntries(TEMPLATE.map(([key], i) => [key, i])) as Record<
  ColumnKey,
  number
>;

/** A valid 係長級 woman; tests override what they examine. */
export const VALID_ROW: Readonly<Record<ColumnKey, string>> = {
  employeeId: "E001",
  name: "山田 花子",
  gender: "女性",
  category: "総合職",
  employmentType: "正規",
  term: "無期",
  hireDate: "2020-04-01",
  grade: "係長級",
  officerEmployee: "",
  expectedOneYear: "",
  positionTitle: "係長",
  appointmentDate: "2023-04-01",
  positionAllowance: "10000",
  retirementPlan: "対象",
  workplace: "都内",
  employmentInsurance: "加入",
  trainingDate: "2025-11-01",
  annualWage: "4800000",
  weeklyHours: "40",
};

export type RowInput = Partial<Record<ColumnKey, CellValue>>;

/**
 * A sheet with the full template header in row 1 and one row per input, each a valid row
 * with its own 社員番号 (E002, E003…) unless the input says otherwise.
 */
export function sheet(rows: readonly RowInput[]): CellValue[][] {
  return [
    TEMPLATE.map(([, header]) => header),
    ...rows.map((input, i) => {
      const row: Record<ColumnKey, CellValue> = {
        ...VALID_ROW,
        employeeId: `E${String(i + 2).padStart(3, "0")}`,
        ...input,
      };
      return TEMPLATE.map(([key]) => row[key]);
    }),
  ];
}

/** The issues of one code, as (row, columnIndex) pairs. */
export function places(result: RosterReadResult, code: IssueCode): [number, number | undefined][] {
  return result.issues.filter((i) => i.code === code).map((i) => [i.row, i.columnIndex]);
}

export function only(result: RosterReadResult, code: IssueCode): RosterIssue {
  const found = result.issues.filter((i) => i.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got ${found.length}`);
  return found[0]!;
}

export function errors(result: RosterReadResult): RosterIssue[] {
  return result.issues.filter((i) => i.severity === "error");
}
