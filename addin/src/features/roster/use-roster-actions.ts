import { useMemo } from "react";
import type { CellValue } from "../../../../shared/roster/cell-value";
import { parseRoster } from "../../../../shared/roster/parse-roster";
import { assignRosters } from "../../../../shared/roster/roster-order";
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
  /** Exchanges the application and report rosters (no re-read: the same two snapshots). */
  swap(): void;
  /** The user's answer to "which one is the application roster?". */
  chooseApplication(name: string): void;
  /** File mode: the rosters kept in this browser, brought back after a reload. */
  restore(): Promise<void>;
  /** File mode: deletes the kept copies and unloads the rosters. */
  forget(): Promise<void>;
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
        orderQuestion: null,
        orderConfirmed: false,
      };
      if (applicationSheet !== "")
        next.application = await readRoster(applicationSheet, t("busy.readApplication"));
      if (reportSheet !== "" && reportSheet !== applicationSheet)
        next.report = await readRoster(reportSheet, t("busy.readReport"));
      patch(next);
      return next;
    }

    function swap() {
      const { settings, session, update } = latest();
      update({ applicationSheet: settings.reportSheet, reportSheet: settings.applicationSheet });
      patch({
        application: session.report,
        report: session.application,
        selectedIssue: null,
        orderQuestion: null,
        orderConfirmed: true,
      });
    }

    /**
     * Two rosters chosen together: which is which is judged from their names and contents,
     * never from the order alone; when that is unsure, the pane asks.
     */
    function assignByContent(checked: Partial<Session>) {
      const { application, report } = checked;
      if (application === undefined || report === undefined) return;
      const { derived } = latest();
      const assigned = assignRosters(
        { name: application.sheet.name, workers: application.read.workers },
        { name: report.sheet.name, workers: report.read.workers },
        derived.applicationDate,
      );
      const swapped = assigned.application.name !== application.sheet.name;
      if (swapped) swap();
      if (!assigned.confident)
        patch({
          orderQuestion: { application: assigned.application.name, report: assigned.report.name },
          orderConfirmed: false,
        });
      else if (swapped)
        patch({
          orderConfirmed: false,
          notice: bilingual("order.assigned", {
            application: assigned.application.name,
            report: assigned.report.name,
          }),
        });
    }

    /** File mode: names remembered in the settings that no file backs any more are let go, saying so. */
    function dropMissing(sheets: readonly string[]) {
      const { settings, update } = latest();
      const missing = [settings.applicationSheet, settings.reportSheet].filter(
        (name) => name !== "" && !sheets.includes(name),
      );
      if (missing.length === 0) return;
      update({
        applicationSheet: sheets.includes(settings.applicationSheet)
          ? settings.applicationSheet
          : "",
        reportSheet: sheets.includes(settings.reportSheet) ? settings.reportSheet : "",
      });
      patch({ notice: bilingual("roster.chooseAgain", { name: missing.join(" / ") }) });
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
          // Two rosters chosen at once are the pair (which is which is judged below); one file
          // fills whichever snapshot has none that is present.
          const pair = added.length >= 2;
          let applicationSheet =
            !pair && sheets.includes(settings.applicationSheet) ? settings.applicationSheet : "";
          let reportSheet =
            !pair && sheets.includes(settings.reportSheet) ? settings.reportSheet : "";
          for (const name of added) {
            if (applicationSheet === "") applicationSheet = name;
            else if (reportSheet === "" && name !== applicationSheet) reportSheet = name;
          }
          update({ applicationSheet, reportSheet });
          const checked = await checkNames(applicationSheet, reportSheet);
          if (added.includes(applicationSheet) && added.includes(reportSheet))
            assignByContent(checked);
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
      swap,
      chooseApplication(name) {
        const { settings } = latest();
        if (name === settings.applicationSheet)
          patch({ orderQuestion: null, orderConfirmed: true });
        else swap();
      },
      restore: () =>
        guarded(async () => {
          const { host } = latest();
          if (!isFileHost(host)) return;
          const count = await host.restore();
          const sheets = await listSheets();
          dropMissing(sheets);
          if (count === 0) return;
          const { settings } = latest();
          const application = sheets.includes(settings.applicationSheet)
            ? settings.applicationSheet
            : "";
          const report = sheets.includes(settings.reportSheet) ? settings.reportSheet : "";
          if (application !== "") await checkNames(application, report);
          patch({ notice: bilingual("saved.restored", { count }) });
        }, "error.readFile"),
      forget: () =>
        guarded(async () => {
          const { host, update } = latest();
          if (!isFileHost(host)) return;
          await host.forget();
          update({ applicationSheet: "", reportSheet: "" });
          patch({ application: undefined, report: undefined, selectedIssue: null });
          await listSheets();
          patch({ notice: bilingual("saved.forgotten") });
        }, "error.readFile"),
    };
  }, [work]);
}
