import type { DateRange } from "../dates/civil-date";
import { isWithin } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import { appointmentTiming } from "../rules/appointment-date";
import { formatPercent, ratioPercent } from "../rules/female-ratio";
import { dateCell, employmentTypeText, genderText, gradeText } from "./cell-labels";
import type { ResultSheet, SheetCell } from "./result-sheet";

/** What one 男女別一覧 shows beyond the people themselves. */
export interface GenderListSpec {
  name: string;
  /** Row 1: what the list is, as the form names it. */
  title: string;
  /** Row 2: counts and the point the list proves (under 40%, an increase). */
  summary: string;
  workers: readonly Worker[];
  includeNames: boolean;
  /** Adds 役職手当（月額）(the B lists). */
  allowance?: boolean;
  /** Report lists: 就任日（採用日）and whether it falls in the implementation period. */
  appointment?: { period?: DateRange };
  /** A note per person (evidence person, appointed after the application…), by 社員番号. */
  notes?: ReadonlyMap<string, string>;
}

/** Women first, then men, each in roster order: the order a 男女別一覧 is read in. */
export function byGender(workers: readonly Worker[]): Worker[] {
  const sorted = [...workers].sort((a, b) => a.row - b.row);
  return [
    ...sorted.filter((w) => w.gender === "woman"),
    ...sorted.filter((w) => w.gender === "man"),
  ];
}

/** "女性 3 人・男性 7 人・計 10 人（女性比率 30.0%）" */
export function countLine(workers: readonly Worker[]): string {
  const women = workers.filter((w) => w.gender === "woman").length;
  const total = workers.length;
  const percent = formatPercent(ratioPercent(women, total));
  return `女性 ${women} 人・男性 ${total - women} 人・計 ${total} 人（女性比率 ${percent}）`;
}

/** How many heading rows a 男女別一覧 has: title, summary, column headings. */
export const LIST_HEADER_ROWS = 3;

/** Builds one 男女別一覧 sheet: a titled, numbered list of people grouped by gender. */
export function genderListSheet(spec: GenderListSpec): ResultSheet {
  const headings = ["No.", "社員番号"];
  const widths = [5, 12];
  const formats: (string | null)[] = [null, null];
  const add = (heading: string, width: number, format: string | null = null): void => {
    headings.push(heading);
    widths.push(width);
    formats.push(format);
  };
  if (spec.includeNames) add("氏名", 16);
  add("性別", 6);
  add("雇用管理区分", 18);
  add("雇用形態", 9);
  add("職階", 9);
  add("役職名", 14);
  if (spec.allowance) add("役職手当（月額）", 14, "#,##0");
  const appointment = spec.appointment;
  if (appointment) {
    add("就任日（採用日）", 14, "yyyy/m/d");
    add("日付の種類", 9);
    if (appointment.period) add("実施期間中", 9);
  }
  if (spec.notes) add("備考", 28);

  const rows: SheetCell[][] = [[spec.title], [spec.summary], headings];
  byGender(spec.workers).forEach((w, i) => {
    const row: SheetCell[] = [i + 1, w.employeeId];
    if (spec.includeNames) row.push(w.name ?? "");
    row.push(genderText(w), w.category, employmentTypeText(w.employmentType), gradeText(w));
    row.push(w.positionTitle ?? "");
    if (spec.allowance) row.push(w.positionAllowance);
    if (appointment) {
      const timing = appointmentTiming(
        w,
        appointment.period ?? { start: "0001-01-01", end: "9999-12-31" },
      );
      row.push(dateCell(timing.date));
      row.push(
        timing.source === "appointment" ? "就任日" : timing.source === "hire" ? "採用日" : "",
      );
      if (appointment.period) {
        const inside =
          timing.date !== undefined &&
          isWithin(timing.date, appointment.period.start, appointment.period.end);
        row.push(inside ? "○" : "");
      }
    }
    if (spec.notes) row.push(spec.notes.get(w.employeeId) ?? "");
    rows.push(row);
  });
  if (spec.workers.length === 0) rows.push(["（該当者なし）"]);
  return {
    name: spec.name,
    rows,
    headerRows: LIST_HEADER_ROWS,
    columnWidths: widths,
    numberFormats: formats,
  };
}
