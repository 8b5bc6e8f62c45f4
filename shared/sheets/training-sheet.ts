import { type DateRange, isWithin } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import { countedWorkers } from "../rules/counted-workers";
import { trainingRequired } from "../rules/training";
import { dateCell, employmentTypeText, genderText, MASKED_NAME } from "./cell-labels";
import type { ResultSheet, SheetCell } from "./result-sheet";

export const TRAINING_SHEET_NAME = "報告時_研修出席名簿";

/**
 * 研修の出席名簿（全ての従業員分）for 取組3 (p.9, report documents): every worker on the report
 * roster except dispatched ones, in roster order, with the 研修受講日 and, when the period is
 * known, whether it falls inside it. Names are always masked (氏名は黒塗り): the name column
 * stays so the printout reads as the attendance list it is, but no name ever reaches it.
 */
export function trainingSheet(reportWorkers: readonly Worker[], period?: DateRange): ResultSheet {
  const workers = trainingRequired(reportWorkers, period);
  const counted = countedWorkers(reportWorkers);
  const later = counted.length - workers.length;
  const inside = (w: Worker): boolean =>
    period !== undefined &&
    w.trainingDate !== undefined &&
    isWithin(w.trainingDate, period.start, period.end);
  const trained = period
    ? workers.filter(inside).length
    : workers.filter((w) => w.trainingDate !== undefined).length;
  const dispatched = reportWorkers.filter((w) => w.employmentType === "dispatched").length;
  const officers = reportWorkers.length - dispatched - counted.length;
  const where = period ? `実施期間（${period.start}〜${period.end}）中に受講` : "研修受講日あり";
  const headings = ["No.", "社員番号", "氏名", "性別", "雇用形態", "研修受講日"];
  if (period) headings.push("実施期間中");
  const rows: SheetCell[][] = [
    ["全ての従業員を対象とした研修の出席名簿（実績報告日時点・取組3・氏名は黒塗り）"],
    [
      `${where}: ${workers.length} 人中 ${trained} 人。` +
        (dispatched > 0 ? `派遣労働者 ${dispatched} 人は従業員に含めていません。` : "") +
        (officers > 0 ? `役員（使用人兼務でない） ${officers} 人は従業員に含めていません。` : "") +
        (later > 0 ? `実施期間の末日より後に採用された ${later} 人は対象外です。` : ""),
    ],
    headings,
  ];
  workers.forEach((w, i) => {
    const row: SheetCell[] = [
      i + 1,
      w.employeeId,
      MASKED_NAME,
      genderText(w),
      employmentTypeText(w.employmentType),
      dateCell(w.trainingDate),
    ];
    if (period) row.push(inside(w) ? "○" : "×");
    rows.push(row);
  });
  if (workers.length === 0) rows.push(["（従業員がいません）"]);
  return {
    name: TRAINING_SHEET_NAME,
    rows,
    headerRows: 3,
    columnWidths: [5, 12, 10, 6, 9, 12, 9],
    numberFormats: [null, null, null, null, null, "yyyy/m/d", null],
  };
}
