import type { ResultSheetsInput } from "../../../../shared/sheets/result-sheet";
import type { Session } from "../../app/session";
import { wageGapOptions, type Derived } from "../../evaluation/derive";
import type { PaneSettings } from "../../settings/pane-settings";
import { publishAsOf } from "../publish-figures/publish-as-of";

/** What the result sheets are built from, or undefined before an application roster is read. */
export function resultSheetsInput(
  session: Session,
  derived: Derived,
  settings: Pick<PaneSettings, "includeNames" | "publishAsOf" | "wageGap">,
): ResultSheetsInput | undefined {
  const app = session.application;
  if (app === undefined) return undefined;
  const input: ResultSheetsInput = {
    application: { sheetName: app.sheet.name, read: app.read },
    includeNames: settings.includeNames,
    // 公表データ and 賃金差異の要因 use the same as-of date and options as their steps show.
    publishAsOf: publishAsOf(settings.publishAsOf),
    wageGapOptions: wageGapOptions(settings),
  };
  if (session.report)
    input.report = { sheetName: session.report.sheet.name, read: session.report.read };
  if (derived.application && derived.refused.length === 0) input.app = derived.application;
  if (derived.evaluation) input.evaluation = derived.evaluation;
  return input;
}
