import { incompleteResult, type IncompleteResult } from "../roster/incomplete-result";
import { applicationLists } from "./application-lists";
import { BEYOND_SHEET_NAMES, beyondSheets } from "./beyond-sheets";
import { markDraft } from "./draft-mark";
import { ratioSheet, RATIO_SHEET_NAME } from "./ratio-sheet";
import { reportLists } from "./report-lists";
import type { ResultSheet, ResultSheetsInput, RosterSnapshot } from "./result-sheet";
import { SheetNamer } from "./sheet-name";
import { TRAINING_SHEET_NAME, trainingSheet } from "./training-sheet";
import { VALIDATION_SHEET_NAME, validationSheet } from "./validation-sheet";

/**
 * Every result sheet the input allows, always in this order: the ratio table, the
 * application's lists, the report's lists, the training attendance list, the figures to
 * publish and the documents (beyondSheets), the validation report. Names are unique (a category called "管理職一覧" cannot collide with a fixed sheet).
 */
export function buildResultSheets(input: ResultSheetsInput): ResultSheet[] {
  const namer = new SheetNamer();
  // The fixed names are claimed first so that a category name can never take one of them.
  for (const fixed of [
    RATIO_SHEET_NAME,
    TRAINING_SHEET_NAME,
    VALIDATION_SHEET_NAME,
    ...BEYOND_SHEET_NAMES,
  ])
    namer.name(fixed);
  const includeNames = input.includeNames === true;
  const applicationWorkers = input.application.read.workers;
  const sheets: ResultSheet[] = [ratioSheet(applicationWorkers, input.app)];
  if (input.app) {
    sheets.push(...applicationLists(input.app, applicationWorkers, namer, includeNames));
    if (input.report)
      sheets.push(
        ...reportLists(
          input.app,
          applicationWorkers,
          input.report.read.workers,
          input.evaluation,
          namer,
          includeNames,
        ),
      );
  }
  if (input.report) sheets.push(trainingSheet(input.report.read.workers, input.app?.period));
  sheets.push(...beyondSheets(input));
  const rosters: RosterSnapshot[] = [input.application];
  if (input.report) rosters.push(input.report);
  sheets.push(validationSheet(rosters));
  const incomplete = resultSheetsIncomplete(input);
  return incomplete === null ? sheets : sheets.map((sheet) => markDraft(sheet, incomplete));
}

/**
 * Whether the sheets are drafts: while a roster row is excluded, no list or verdict is final
 * (issue 16 §6), so every sheet, the validation report included, says so in its first row.
 */
export function resultSheetsIncomplete(input: ResultSheetsInput): IncompleteResult | null {
  const rosters = [{ labelJa: "申請時", labelEn: "Application", read: input.application.read }];
  if (input.report)
    rosters.push({ labelJa: "実績報告時", labelEn: "Report", read: input.report.read });
  return incompleteResult(rosters);
}
