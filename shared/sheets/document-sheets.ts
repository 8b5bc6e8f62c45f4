import type { ActionPlanDraft, PlanSection } from "../documents/action-plan-draft";
import type { ResultReportText } from "../documents/result-report-text";
import type { ResultSheet, SheetCell } from "./result-sheet";

export const ACTION_PLAN_SHEET_NAME = "行動計画（案）";
export const RESULT_REPORT_SHEET_NAME = "様式第9号の記載内容";

/** A document as one wide text column: headings in their own rows, one paragraph a row. */
function documentRows(sections: readonly PlanSection[]): SheetCell[][] {
  const rows: SheetCell[][] = [];
  for (const s of sections) rows.push([], [s.heading], ...s.paragraphs.map((p) => [p]));
  return rows;
}

/** 行動計画（案）: the draft plan as a sheet, the draft notice under the title. */
export function actionPlanSheet(draft: ActionPlanDraft): ResultSheet {
  return {
    name: ACTION_PLAN_SHEET_NAME,
    rows: [[draft.title], [draft.notice], [draft.intro], ...documentRows(draft.sections)],
    headerRows: 1,
    columnWidths: [110],
  };
}

/** 様式第9号の記載内容: the pre-filled text of 取組結果報告書, to copy into the form. */
export function resultReportSheet(report: ResultReportText): ResultSheet {
  return {
    name: RESULT_REPORT_SHEET_NAME,
    rows: [
      ["様式第9号（取組結果報告書）記載内容（案）"],
      [
        "名簿と判定から作成した案です。様式に転記する前に内容を確認してください（氏名は記載していません）。",
      ],
      ...documentRows(report.sections),
    ],
    headerRows: 1,
    columnWidths: [110],
  };
}
