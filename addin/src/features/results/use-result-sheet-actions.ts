import { useMemo } from "react";
import type { PaneWork } from "../../app/pane-work";
import { bilingual, translate } from "../../i18n/translate";
import { askReplace } from "./ask-replace";
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
          const input = resultSheetsInput(session, derived, settings);
          if (input === undefined) return;
          work.busy(work.t("busy.writeSheets"));
          const sheets = await buildSheets(input);
          const { names, notes } = await host.writeResultSheets(sheets, {
            confirmReplace: (asked) => askReplace(asked, work.patch),
            onProgress: (done, total) =>
              work.busy(work.t("busy.writeSheets"), total > 0 ? done / total : null),
          });
          // The names written (a kept user sheet moves the results beside it), then what
          // Excel could not take as it was (a text cut to fit a cell, a non-number left empty).
          // While rows are excluded the sheets are drafts, and the notice says so.
          const key = derived.incomplete ? "draft.sheetsWritten" : "notice.sheetsWritten";
          const written = bilingual(key, (lang) => ({
            count: names.length,
            names: names.join(translate(lang, "list.separator")),
          }));
          work.patch({
            notice: {
              ja: [written.ja, ...notes.map((n) => n.ja)].join(" "),
              en: [written.en, ...notes.map((n) => n.en)].join(" "),
            },
          });
        }, "error.writeSheets"),
    }),
    [work],
  );
}
