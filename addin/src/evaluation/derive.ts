import type { CivilDate } from "../../../shared/dates/civil-date";
import { mergeIssues } from "../../../shared/roster/issue-order";
import { isCivilDate } from "../../../shared/dates/civil-date";
import { summarizeRoster, type RosterSummary } from "../../../shared/evaluation/roster-summary";
import type { RosterIssue } from "../../../shared/roster/issue";
import { evaluateRosters } from "../../../shared/evaluation/evaluate-rosters";
import type { Application, Reason } from "../../../shared/rules/action-result";
import type { Evaluation } from "../../../shared/rules/evaluate";
import { wageGap, type WageGapOptions, type WageGapResult } from "../../../shared/rules/wage-gap";
import { findRound } from "../../../shared/schedule/find-round";
import type { Round, RoundNumber } from "../../../shared/schedule/round";
import type { PaneSettings } from "../settings/pane-settings";
import type { LoadedRoster, Session } from "../app/session";

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

function issuesOf(roster: LoadedRoster | undefined): RosterIssue[] {
  if (roster === undefined) return [];
  return mergeIssues(roster.read.issues, roster.sheet.fileIssues ?? []);
}

export function derive(settings: RuleSettings, session: Session): Derived {
  const round = findRound(settings.fiscalYear, settings.round as RoundNumber);
  const typedDate = settings.applicationDate.trim();
  const app = session.application;
  const rep = session.report;
  const gapOptions = wageGapOptions(settings);
  const { application, applicationDate, refused, evaluation, snapshotIssues } = evaluateRosters(
    {
      round,
      actions: settings.actions,
      targets: settings.targets,
      applicationDate: isCivilDate(typedDate) ? typedDate : undefined,
      planFiled: settings.planFiled,
    },
    { application: app?.read, report: rep?.read },
  );
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
    reportIssues: [...issuesOf(rep), ...snapshotIssues],
    evaluation,
    wageGap: gapRoster ? wageGap(gapRoster.read.workers, gapOptions) : undefined,
    wageGapSource: rep ? "report" : app ? "application" : undefined,
    categories: app ? [...new Set(app.read.workers.map((w) => w.category))] : [],
  };
}
