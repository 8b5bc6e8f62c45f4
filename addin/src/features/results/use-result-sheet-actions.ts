import { useMemo } from "react";
import type { PaneWork } from "../../app/pane-work";
import { bilingual, translate } from "../../i18n/translate";
import { buildSheets } from "./build-sheets";
import { resultSheetsInput } from "./result-sheets-input";

export interface ResultSheetActions {
  /** Writes the result sheets into the workbook (Excel) or downloads them as one .xlsx (file mode). */
  writeResultSheets(): Promise<void>;
}

export function useResultSheetActions(work: PaneWork): ResultSheetActions {
  return useMemo<ResultSheetActions>(
    () => ({
      writeResultSheets: () =>
        work.guarded(async () => {
          const { session, derived, host, settings } = work.latest();
          const input = resultSheetsInput(session, derived, settings.includeNames);
          if (input === undefined) return;
          work.busy(work.t("busy.writeSheets"));
          const sheets = await buildSheets(input);
          await host.writeResultSheets(sheets);
          work.patch({
            notice: bilingual(
              derived.incomplete ? "draft.sheetsWritten" : "notice.sheetsWritten",
              (lang) => ({
                count: sheets.length,
                names: sheets.map((s) => s.name).join(translate(lang, "list.separator")),
              }),
            ),
          });
        }, "error.writeSheets"),
    }),
    [work],
  );
}
