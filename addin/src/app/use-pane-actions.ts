import { useMemo, useRef, type Dispatch, type SetStateAction } from "react";
import { parseRoster } from "../../../shared/roster/parse-roster";
import type { CellMark, WorkbookHost } from "../host/workbook-host";
import type { FileHost } from "../file-host/file-host";
import { useI18n } from "../i18n/i18n-context";
import { buildSheets } from "./build-sheets";
import type { Derived } from "../state/derive";
import { resultSheetsInput, wageGapOptions } from "../state/derive";
import { publishAsOf } from "../features/publish-figures/publish-as-of";
import type { PaneSettings } from "../state/pane-settings";
import type { LoadedRoster, Session } from "../state/session";
import { issueKey, type PaneActions, type RosterRole } from "../state/step-props";
import type { UpdateSettings } from "../state/use-pane-settings";
import { errorText } from "./error-text";

/** Lets the browser paint the progress bar before a long synchronous parse. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function isFileHost(host: WorkbookHost): host is FileHost {
  return host.kind === "file" && "addFiles" in host;
}

interface Deps {
  host: WorkbookHost;
  settings: PaneSettings;
  update: UpdateSettings;
  session: Session;
  setSession: Dispatch<SetStateAction<Session>>;
  derived: Derived;
}

/** The pane's user actions, each one a step of work on the host with progress and errors shown. */
export function usePaneActions(deps: Deps): PaneActions {
  const { t } = useI18n();
  // Actions read the latest state through a ref: they outlive the render that created them.
  const latest = useRef(deps);
  latest.current = deps;

  return useMemo<PaneActions>(() => {
    const patch = (p: Partial<Session>) => latest.current.setSession((s) => ({ ...s, ...p }));
    const busy = (label: string, progress: number | null = null) =>
      patch({ busy: { label, progress } });

    async function guarded(work: () => Promise<void>, fallbackJa: string, fallbackEn: string) {
      patch({ error: null, notice: null });
      try {
        await work();
      } catch (error) {
        patch({ error: errorText(error, { ja: fallbackJa, en: fallbackEn }) });
      } finally {
        patch({ busy: null });
      }
    }

    async function readRoster(name: string, label: string): Promise<LoadedRoster> {
      const { host } = latest.current;
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

    async function listSheets(): Promise<string[]> {
      const sheets = await latest.current.host.listSheets();
      patch({ sheets });
      return sheets;
    }

    return {
      refreshSheets: () =>
        guarded(
          async () => void (await listSheets()),
          "シートを一覧できません",
          "Cannot list the sheets",
        ),
      check: () =>
        guarded(
          async () => {
            const { settings } = latest.current;
            await checkNames(settings.applicationSheet, settings.reportSheet);
          },
          "名簿を読めません",
          "Cannot read the roster",
        ),
      async selectIssue(role: RosterRole, issue) {
        const { session, host } = latest.current;
        const roster =
          role === "report" && issue.code !== "LEFT_BEFORE_REPORT"
            ? session.report
            : session.application;
        patch({ selectedIssue: issueKey(role, issue) });
        if (roster === undefined) return;
        await guarded(
          () => host.selectCell(roster.sheet, issue.row, issue.columnIndex ?? 0),
          "セルを選択できません",
          "Cannot select the cell",
        );
      },
      createTemplate: () =>
        guarded(
          async () => {
            const { host } = latest.current;
            const name = await host.createTemplateSheet(t("template.sheetName"));
            await listSheets();
            patch({
              notice:
                host.kind === "file"
                  ? { ja: `「${name}」をダウンロードしました。`, en: `Downloaded "${name}".` }
                  : { ja: `「${name}」を作成しました。`, en: `Created "${name}".` },
            });
          },
          "テンプレートを作成できません",
          "Cannot create the template",
        ),
      writeResultSheets: () =>
        guarded(
          async () => {
            const { session, derived, host, settings } = latest.current;
            const input = resultSheetsInput(session, derived, settings.includeNames);
            if (input === undefined) return;
            input.publishAsOf = publishAsOf(settings.publishAsOf);
            input.wageGapOptions = wageGapOptions(settings);
            busy(t("busy.writeSheets"));
            const sheets = await buildSheets(input);
            await host.writeResultSheets(sheets);
            patch({
              notice: {
                ja: `結果シート ${sheets.length} 枚を書き出しました（${sheets.map((s) => s.name).join("、")}）。`,
                en: `Wrote ${sheets.length} result sheet(s) (${sheets.map((s) => s.name).join(", ")}).`,
              },
            });
          },
          "結果シートを書き出せません",
          "Cannot write the result sheets",
        ),
      addFiles: (files) =>
        guarded(
          async () => {
            const { host, settings, update } = latest.current;
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
          },
          "ファイルを読めません",
          "Cannot read the file",
        ),
      loadDemo: (rosters) =>
        guarded(
          async () => {
            const { host, update } = latest.current;
            if (!isFileHost(host)) return;
            const names = { application: "", report: "" };
            for (const r of rosters) names[r.role] = host.addCells(r.name, r.cells);
            await listSheets();
            update({ applicationSheet: names.application, reportSheet: names.report });
            await checkNames(names.application, names.report);
          },
          "デモデータを読み込めません",
          "Cannot load the demo data",
        ),
      dismissMessages: () => patch({ error: null, notice: null }),
    };
  }, [t]);
}
