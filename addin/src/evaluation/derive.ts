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
import { incompleteResult, type IncompleteResult } from "../../../shared/roster/incomplete-result";
import { judgeRosterOrder, type RosterOrderJudgement } from "../../../shared/roster/roster-order";
import { targetCategories } from "../../../shared/rules/target-categories";
import { translate } from "../i18n/translate";
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
  /** Categories with counted workers in the application roster: the only A–C targets (not 派遣スタッフ). */
  categories: string[];
  /** Rows left out because of errors: while any is, every result is a draft (issue 16 §6). */
  incomplete: IncompleteResult | null;
  /** Whether the two rosters look given the wrong way round (both rosters read). */
  order: RosterOrderJudgement | undefined;
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
  const named = (role: "draft.roleApplication" | "draft.roleReport", roster: LoadedRoster) => ({
    labelJa: translate("ja", role),
    labelEn: translate("en", role),
    read: roster.read,
  });
  const rosters = [];
  if (app) rosters.push(named("draft.roleApplication", app));
  if (rep) rosters.push(named("draft.roleReport", rep));
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
    categories: app ? targetCategories(app.read.workers) : [],
    incomplete: incompleteResult(rosters),
    order:
      app && rep
        ? judgeRosterOrder(
            { name: app.sheet.name, workers: app.read.workers },
            { name: rep.sheet.name, workers: rep.read.workers },
            applicationDate,
          )
        : undefined,
  };
}
