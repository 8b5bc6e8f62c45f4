import type { CivilDate } from "../dates/civil-date";
import { ENUMS, genderLabel, gradeLabel } from "../roster/parse-enums";
import type { EmploymentType, Worker } from "../roster/worker";
import type { SheetCell } from "./result-sheet";

/** A civil date as a date cell, or an empty cell. */
export function dateCell(date: CivilDate | undefined): SheetCell {
  return date === undefined ? null : { date };
}

/** 雇用形態 in the template's words. */
export function employmentTypeText(type: EmploymentType): string {
  const index = ["regular", "nonRegular", "dispatched"].indexOf(type);
  return ENUMS.employmentType.canonical[index]!.ja;
}

export function genderText(worker: Pick<Worker, "gender">): string {
  return genderLabel(worker.gender).ja;
}

export function gradeText(worker: Pick<Worker, "grade">): string {
  return gradeLabel(worker.grade).ja;
}

/** What stands in for every name on the training attendance list (氏名は黒塗り, 実績報告時の提出書類 p.16–19). */
export const MASKED_NAME = "■■■■";
