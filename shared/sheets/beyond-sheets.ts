import { actionPlanDraft } from "../documents/action-plan-draft";
import { resultReportText } from "../documents/result-report-text";
import { publishFigures } from "../rules/publish-figures";
import { wageGapBreakdown } from "../rules/wage-gap-breakdown";
import {
  ACTION_PLAN_SHEET_NAME,
  actionPlanSheet,
  RESULT_REPORT_SHEET_NAME,
  resultReportSheet,
} from "./document-sheets";
import { PUBLISH_SHEET_NAME, publishFiguresSheet } from "./publish-figures-sheet";
import type { ResultSheet, ResultSheetsInput } from "./result-sheet";
import { BREAKDOWN_SHEET_NAME, wageGapBreakdownSheet } from "./wage-gap-breakdown-sheet";

/** The fixed names of the sheets below, claimed before any category name can take them. */
export const BEYOND_SHEET_NAMES = [
  PUBLISH_SHEET_NAME,
  BREAKDOWN_SHEET_NAME,
  ACTION_PLAN_SHEET_NAME,
  RESULT_REPORT_SHEET_NAME,
];

/**
 * The sheets beyond the grant's attachment lists: 公表データ and 賃金差異の要因 (from the report
 * roster when there is one, as of `publishAsOf`), 行動計画（案） (with an application) and the
 * 様式第9号 text (with a judged application).
 */
export function beyondSheets(input: ResultSheetsInput): ResultSheet[] {
  const sheets: ResultSheet[] = [];
  const latest = (input.report ?? input.application).read.workers;
  if (input.publishAsOf !== undefined) {
    sheets.push(
      publishFiguresSheet(publishFigures(latest, input.publishAsOf, input.wageGapOptions)),
      wageGapBreakdownSheet(
        wageGapBreakdown(latest, input.publishAsOf, input.wageGapOptions),
        input.publishAsOf,
      ),
    );
  }
  if (input.app) {
    const appWorkers = input.application.read.workers;
    const plan = actionPlanDraft(
      input.app,
      appWorkers,
      publishFigures(appWorkers, input.app.period.start, input.wageGapOptions),
    );
    sheets.push(actionPlanSheet(plan));
    if (input.report && input.evaluation?.evaluated)
      sheets.push(
        resultReportSheet(
          resultReportText(input.app, input.report.read.workers, input.evaluation, plan),
        ),
      );
  }
  return sheets;
}
