import type { ResultSheet, ResultSheetsInput } from "../../../../shared/sheets/result-sheet";

/** The result sheets' builder is loaded when the user first writes them: not needed to start the pane. */
export async function buildSheets(input: ResultSheetsInput): Promise<ResultSheet[]> {
  const { buildResultSheets } = await import("../../../../shared/sheets/build-result-sheets");
  return buildResultSheets(input);
}
