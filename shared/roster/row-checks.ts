import type { CivilDate } from "../dates/civil-date";
import { SLOT } from "./columns";
import type { IssueCode, RosterIssue } from "./issue";
import { implausibleDate } from "./layout-messages";
import * as text from "./messages";
import { UNUSUAL_WEEKLY_HOURS } from "./parse-number";
import { gradeLabel } from "./parse-enums";
import type { EmploymentType, Grade } from "./worker";

/**
 * Excel serials are accepted as dates (the template says so), so "2025" or "1" typed into a
 * date column reads as 1905-07-17 or 1900-01-01. Nobody on a current roster was hired or
 * trained that early: such a date is almost surely a number typed by mistake.
 */
const EARLIEST_PLAUSIBLE_DATE = "1920-01-01";

// See roster-builder.ts: a local copy keeps per-row reads plain property loads.
const S = { ...SLOT };

/** A row's usable values by template slot (see SLOT); undefined when empty or invalid. */
export type RowValues = (string | number | boolean | undefined)[];

/** Where a template column sits in this sheet, by slot; undefined when the sheet lacks it. */
export interface ColumnPlace {
  header: string;
  index: number;
}
export type ColumnPlaces = readonly (ColumnPlace | undefined)[];

function warn(
  issues: RosterIssue[],
  code: IssueCode,
  row: number,
  place: ColumnPlace | undefined,
  issueText: text.IssueText,
  value?: string,
): void {
  // A value that produced the warning came from this column, so the place exists.
  const issue: RosterIssue = {
    severity: "warning",
    code,
    row,
    column: place!.header,
    columnIndex: place!.index,
    ...issueText,
  };
  if (value !== undefined) issue.value = value;
  issues.push(issue);
}

function implausible(
  v: RowValues,
  slot: number,
  row: number,
  places: ColumnPlaces,
  issues: RosterIssue[],
): void {
  const date = v[slot] as CivilDate | undefined;
  if (date !== undefined && date < EARLIEST_PLAUSIBLE_DATE) {
    warn(issues, "IMPLAUSIBLE_DATE", row, places[slot], implausibleDate(date), date);
  }
}

/**
 * Warnings about legal but surprising combinations in one row. They are computed from
 * whatever values the row has, even when the row is rejected for another column.
 */
export function checkRow(
  v: RowValues,
  row: number,
  places: ColumnPlaces,
  issues: RosterIssue[],
): void {
  const type = v[S.employmentType] as EmploymentType | undefined;
  const grade = v[S.grade] as Grade | undefined;
  const allowance = v[S.positionAllowance] as number | undefined;

  if (type === "dispatched") {
    warn(issues, "DISPATCHED_EXCLUDED", row, places[S.employmentType], text.DISPATCHED_EXCLUDED);
  }
  if (grade === "officer" && type !== "dispatched" && v[S.officerEmployee] !== true) {
    warn(issues, "OFFICER_EXCLUDED", row, places[S.grade], text.OFFICER_EXCLUDED);
  }
  if (allowance !== undefined && allowance > 0 && grade !== undefined) {
    // 管理職手当 for 部長級/課長級 is not this grant's 役職手当; 一般 and 役員 hold no position.
    if (grade === "director" || grade === "sectionChief") {
      const t = text.managerWithAllowance(gradeLabel(grade), allowance);
      warn(
        issues,
        "MANAGER_WITH_ALLOWANCE",
        row,
        places[S.positionAllowance],
        t,
        String(allowance),
      );
    } else if (grade === "none" || grade === "officer") {
      const t = text.nonHolderWithAllowance(gradeLabel(grade), allowance);
      warn(
        issues,
        "NON_HOLDER_WITH_ALLOWANCE",
        row,
        places[S.positionAllowance],
        t,
        String(allowance),
      );
    }
  }

  const hired = v[S.hireDate] as CivilDate | undefined;
  if (hired !== undefined) {
    const appointed = v[S.appointmentDate] as CivilDate | undefined;
    if (appointed !== undefined && appointed < hired) {
      const t = text.beforeHired("appointment", appointed, hired);
      warn(issues, "APPOINTED_BEFORE_HIRED", row, places[S.appointmentDate], t, appointed);
    }
    const trained = v[S.trainingDate] as CivilDate | undefined;
    if (trained !== undefined && trained < hired) {
      const t = text.beforeHired("training", trained, hired);
      warn(issues, "TRAINED_BEFORE_HIRED", row, places[S.trainingDate], t, trained);
    }
  }

  // Three plain calls, not a loop over a new array per row (100k rows).
  implausible(v, S.hireDate, row, places, issues);
  implausible(v, S.appointmentDate, row, places, issues);
  implausible(v, S.trainingDate, row, places, issues);

  const hours = v[S.weeklyHours] as number | undefined;
  if (hours !== undefined && hours > UNUSUAL_WEEKLY_HOURS) {
    const t = text.unusualHours(hours);
    warn(issues, "UNUSUAL_HOURS", row, places[S.weeklyHours], t, String(hours));
  }
  // An unknown 雇用形態 might be 派遣, whose wage is the agency's business: stay quiet then.
  if (v[S.annualWage] === 0 && (type === "regular" || type === "nonRegular")) {
    warn(issues, "ZERO_WAGE", row, places[S.annualWage], text.ZERO_WAGE, "0");
  }
}
