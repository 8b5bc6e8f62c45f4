import type { CivilDate } from "../dates/civil-date";

/** 性別 */
export type Gender = "woman" | "man";
/** 雇用形態: 正規 / 非正規 / 派遣 (dispatched workers are excluded from every count). */
export type EmploymentType = "regular" | "nonRegular" | "dispatched";
/** 雇用期間: 無期 / 有期 */
export type Term = "indefinite" | "fixed";
/** 職階: 役員 / 部長級 / 課長級 / 係長級 / 一般 */
export type Grade = "officer" | "director" | "sectionChief" | "subsectionChief" | "none";
/** 勤務地: 都内 / 都外 */
export type Workplace = "tokyo" | "outside";

/**
 * One worker row of a roster snapshot, after normalisation. Required columns are always
 * present (a row whose required cells are invalid is not a Worker: it stays in the issue list
 * and in `RosterReadResult.rejectedRows`). An optional cell that is empty or invalid is
 * `undefined`; an invalid one is also reported as an issue.
 */
export interface Worker {
  /** Spreadsheet row number as the user sees it (header = 1, first worker = 2). */
  row: number;
  /** 社員番号, normalised (NFKC, trimmed). */
  employeeId: string;
  /** 氏名: never leaves the workbook. */
  name?: string;
  gender: Gender;
  /** 雇用管理区分, normalised text as the company defines it. */
  category: string;
  employmentType: EmploymentType;
  term?: Term;
  hireDate?: CivilDate;
  grade: Grade;
  /** 使用人兼務: an officer (役員) who is also an employee (使用人兼務役員) counts as a 労働者. */
  officerEmployee?: boolean;
  /** 1年以上雇用見込み: a 有期 worker hired with the expectation of ≥ 1 year is 常時雇用 (p.22 (2)イ). */
  expectedOneYear?: boolean;
  /** 役職名 */
  positionTitle?: string;
  /** 就任日: when the worker took the current grade/title. */
  appointmentDate?: CivilDate;
  /** 役職手当（月額）in whole yen; an empty cell is 0. */
  positionAllowance: number;
  /** 退職金制度: true = 対象, false = 対象外, undefined = empty. */
  retirementPlan?: boolean;
  workplace?: Workplace;
  /** 雇用保険: true = 加入, false = 未加入. */
  employmentInsurance?: boolean;
  /** 研修受講日 (取組3) */
  trainingDate?: CivilDate;
  /** 年間賃金 in whole yen for the business year. */
  annualWage?: number;
  /** 週所定労働時間 */
  weeklyHours?: number;
}

/** The keys of the roster template, in template order. */
export type ColumnKey =
  | "employeeId"
  | "name"
  | "gender"
  | "category"
  | "employmentType"
  | "term"
  | "hireDate"
  | "grade"
  | "positionTitle"
  | "appointmentDate"
  | "positionAllowance"
  | "retirementPlan"
  | "workplace"
  | "employmentInsurance"
  | "trainingDate"
  | "annualWage"
  | "weeklyHours"
  | "officerEmployee"
  | "expectedOneYear";
