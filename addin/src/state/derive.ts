import type { CivilDate } from "../../../shared/dates/civil-date";
import { mergeIssues } from "../../../shared/roster/issue-order";
import { isCivilDate } from "../../../shared/dates/civil-date";
import { summarizeRoster, type RosterSummary } from "../../../shared/report/roster-summary";
import type { ResultSheetsInput } from "../../../shared/report/sheets/result-sheet";
import { compareSnapshots } from "../../../shared/roster/compare-snapshots";
import type { RosterIssue } from "../../../shared/roster/issue";
import type { Application, MatchedActionId, Reason } from "../../../shared/rules/action-result";
import { checkApplication } from "../../../shared/rules/application-check";
import { evaluateApplication, type Evaluation } from "../../../shared/rules/evaluate";
import { targetCategories } from "../../../shared/rules/target-categories";
import { wageGap, type WageGapOptions, type WageGapResult } from "../../../shared/rules/wage-gap";
import { findRound } from "../../../shared/schedule/find-round";
import type { Round, RoundNumber } from "../../../shared/schedule/round";
import type { PaneSettings } from "./pane-settings";
import type { LoadedRoster, Session } from "./session";

/** Everything the steps show, computed from the rosters and the settings (never stored). */
export interface Derived {
  round: Round | undefined;
  /** 基準日 for the ≤300 count: the typed date, else the round's last application day. */
  applicationDate: CivilDate | undefined;
  application: Application | undefined;
  /** Why the chosen actions cannot be judged (D alone, a missing category…); empty when fine. */
  refused: Reason[];
  applicationSummary: RosterSummary | undefined;
  reportSummary: RosterSummary | undefined;
  /** Issues of each roster, the file's own and (report) the comparison with the application. */
  applicationIssues: RosterIssue[];
  reportIssues: RosterIssue[];
  evaluation: Evaluation | undefined;
  /** Figures to publish: from the report roster when there is one (the latest business year). */
  wageGap: WageGapResult | undefined;
  wageGapSource: "application" | "report" | undefined;
  /** Categories in the application roster, for the target drop-downs. */
  categories: string[];
}

const MATCHED: readonly MatchedActionId[] = ["A", "B", "C"];

/** The settings the rules read; the rest (token, URL, visit dates, language) never changes a verdict. */
export type RuleSettings = Pick<
  PaneSettings,
  "fiscalYear" | "round" | "applicationDate" | "actions" | "targets" | "wageGap" | "planFiled"
>;

export function wageGapOptions(settings: Pick<PaneSettings, "wageGap">): WageGapOptions {
  const hours = Number(settings.wageGap.fullTimeHours.trim());
  const options: WageGapOptions = {
    hoursConversion: settings.wageGap.hoursConversion,
    exclusions: settings.wageGap.exclusions,
  };
  if (settings.wageGap.fullTimeHours.trim() !== "" && Number.isFinite(hours))
    options.fullTimeHours = hours;
  return options;
}

export function applicationOf(
  settings: Pick<PaneSettings, "actions" | "targets">,
  round: Round,
): Application {
  const targets: Application["targets"] = {};
  for (const id of MATCHED) {
    const target = settings.targets[id].trim();
    if (settings.actions.includes(id) && target !== "") targets[id] = target;
  }
  return { actions: settings.actions, targets, period: round.implementation };
}

function issuesOf(roster: LoadedRoster | undefined): RosterIssue[] {
  if (roster === undefined) return [];
  return mergeIssues(roster.read.issues, roster.sheet.fileIssues ?? []);
}

export function derive(settings: RuleSettings, session: Session): Derived {
  const round = findRound(settings.fiscalYear, settings.round as RoundNumber);
  const typedDate = settings.applicationDate.trim();
  const applicationDate = isCivilDate(typedDate) ? typedDate : round?.application.end;
  const app = session.application;
  const rep = session.report;
  const gapOptions = wageGapOptions(settings);
  const application = round ? applicationOf(settings, round) : undefined;
  const appWorkers = app?.read.workers ?? [];
  const refused = application && app ? checkApplication(application, appWorkers) : [];
  const evaluation =
    application && app && rep && refused.length === 0
      ? evaluateApplication(application, appWorkers, rep.read.workers, {
          planFiled: settings.planFiled,
          applicationDate,
        })
      : undefined;
  const gapRoster = rep ?? app;
  return {
    round,
    applicationDate,
    application,
    refused,
    applicationSummary: app
      ? summarizeRoster(app.read, { asOf: applicationDate, wageGap: gapOptions })
      : undefined,
    reportSummary: rep ? summarizeRoster(rep.read, { wageGap: gapOptions }) : undefined,
    applicationIssues: issuesOf(app),
    reportIssues:
      rep && app ? [...issuesOf(rep), ...compareSnapshots(app.read, rep.read)] : issuesOf(rep),
    evaluation,
    wageGap: gapRoster ? wageGap(gapRoster.read.workers, gapOptions) : undefined,
    wageGapSource: rep ? "report" : app ? "application" : undefined,
    categories: app ? targetCategories(app.read.workers) : [],
  };
}

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
