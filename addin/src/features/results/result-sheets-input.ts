import type { ResultSheetsInput } from "../../../../shared/sheets/result-sheet";
import type { Session } from "../../app/session";
import type { Derived } from "../../evaluation/derive";

/** What the result sheets are built from, or undefined before an application roster is read. */
export function resultSheetsInput(
  session: Session,
  derived: Derived,
  includeNames: boolean,
): ResultSheetsInput | undefined {
  const app = session.application;
  if (app === undefined) return undefined;
  const input: ResultSheetsInput = {
    application: { sheetName: app.sheet.name, read: app.read },
    includeNames,
  };
  if (session.report)
    input.report = { sheetName: session.report.sheet.name, read: session.report.read };
  if (derived.application && derived.refused.length === 0) input.app = derived.application;
  if (derived.evaluation) input.evaluation = derived.evaluation;
  return input;
}
