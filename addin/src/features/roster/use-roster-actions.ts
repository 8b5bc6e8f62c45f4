import { useMemo } from "react";
import type { CellValue } from "../../../../shared/roster/cell-value";
import { parseRoster } from "../../../../shared/roster/parse-roster";
import type { FileHost } from "../../../file-host/file-host";
import type { CellMark, WorkbookHost } from "../../../workbook-host";
import type { PaneWork } from "../../app/pane-work";
import type { LoadedRoster, RosterRole, Session } from "../../app/session";
import { bilingual } from "../../i18n/translate";

/** What the user can do with the rosters: find them, read and check them, start from a template. */
export interface RosterActions {
  /** Re-lists the sheets (Excel) or files (browser). */
  refreshSheets(): Promise<void>;
  /** Reads and checks the chosen rosters, marking cells in the sheet. */
  check(): Promise<void>;
  createTemplate(): Promise<void>;
  /** File mode only: files picked or dropped. */
  addFiles(files: readonly File[]): Promise<void>;
  /** File mode only: rows of cells added as a roster (the demo). */
  loadDemo(rosters: { name: string; cells: CellValue[][]; role: RosterRole }[]): Promise<void>;
}

/** Lets the browser paint the progress bar before a long synchronous parse. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function isFileHost(host: WorkbookHost): host is FileHost {
  return host.kind === "file" && "addFiles" in host;
}

export function useRosterActions(work: PaneWork): RosterActions {
  return useMemo<RosterActions>(() => {
    const { latest, t, patch, busy, guarded, listSheets } = work;

    async function readRoster(name: string, label: string): Promise<LoadedRoster> {
      const { host } = latest();
      busy(label, 0);
      const sheet = await host.readSheet(name, (done, total) =>
        busy(label, total > 0 ? done / total : null),
      );
      busy(label, null);
      await nextFrame();
      const read = parseRoster(sheet.cells, { firstRow: sheet.firstRow, date1904: sheet.date1904 });
      const marks: CellMark[] = read.issues
        .filter((i) => i.columnIndex !== undefined)
        .map((i) => ({ row: i.row, columnIndex: i.columnIndex!, severity: i.severity }));
      await host.markCells(sheet, marks);
      return { sheet, read };
    }

    async function checkNames(applicationSheet: string, reportSheet: string) {
      const next: Partial<Session> = {
        application: undefined,
        report: undefined,
        selectedIssue: null,
      };
      if (applicationSheet !== "")
        next.application = await readRoster(applicationSheet, t("busy.readApplication"));
      if (reportSheet !== "" && reportSheet !== applicationSheet)
        next.report = await readRoster(reportSheet, t("busy.readReport"));
      patch(next);
    }

    return {
      refreshSheets: () => guarded(async () => void (await listSheets()), "error.listSheets"),
      check: () =>
        guarded(async () => {
          const { settings } = latest();
          await checkNames(settings.applicationSheet, settings.reportSheet);
        }, "error.readRoster"),
      createTemplate: () =>
        guarded(async () => {
          const { host } = latest();
          const name = await host.createTemplateSheet(t("template.sheetName"));
          await listSheets();
          patch({
            notice: bilingual(
              host.kind === "file" ? "notice.templateDownloaded" : "notice.templateCreated",
              { name },
            ),
          });
        }, "error.createTemplate"),
      addFiles: (files) =>
        guarded(async () => {
          const { host, settings, update } = latest();
          if (!isFileHost(host)) return;
          busy(t("busy.openFiles"));
          const added = await host.addFiles(files);
          const sheets = await listSheets();
          // The first file becomes the application roster, the next the report roster,
          // unless the user already chose names that are present.
          let applicationSheet = sheets.includes(settings.applicationSheet)
            ? settings.applicationSheet
            : "";
          let reportSheet = sheets.includes(settings.reportSheet) ? settings.reportSheet : "";
          for (const name of added) {
            if (applicationSheet === "") applicationSheet = name;
            else if (reportSheet === "" && name !== applicationSheet) reportSheet = name;
          }
          update({ applicationSheet, reportSheet });
          await checkNames(applicationSheet, reportSheet);
        }, "error.readFile"),
      loadDemo: (rosters) =>
        guarded(async () => {
          const { host, update } = latest();
          if (!isFileHost(host)) return;
          const names = { application: "", report: "" };
          for (const r of rosters) names[r.role] = host.addCells(r.name, r.cells);
          await listSheets();
          update({ applicationSheet: names.application, reportSheet: names.report });
          await checkNames(names.application, names.report);
        }, "error.loadDemo"),
    };
  }, [work]);
}
