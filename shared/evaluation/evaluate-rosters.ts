import type { CivilDate } from "../dates/civil-date";
import { compareSnapshots } from "../roster/compare-snapshots";
import type { RosterIssue } from "../roster/issue";
import type { RosterReadResult } from "../roster/read-result";
import type { ActionId, Application, MatchedActionId, Reason } from "../rules/action-result";
import { checkApplication } from "../rules/application-check";
import { evaluateApplication, type Evaluation } from "../rules/evaluate";
import type { Round } from "../schedule/round";

/** What the company chose, as the task pane's settings or the CLI's options give it. */
export interface EvaluationRequest {
  round: Round;
  actions: readonly ActionId[];
  /** Categories as typed; blank ones and those of unselected actions are not part of the application. */
  targets: Partial<Record<MatchedActionId, string>>;
  /** 基準日 of the ≤300 count; undefined means the round's last application day. */
  applicationDate?: CivilDate;
  /** 取組2: the action plan was filed and published (a declaration). */
  planFiled: boolean;
}

/** The rosters as read; either may be missing while the user is still choosing them. */
export interface EvaluationRosters {
  application?: RosterReadResult;
  report?: RosterReadResult;
}

export interface RosterEvaluation {
  application: Application;
  applicationDate: CivilDate;
  /** Why the application cannot be judged; empty when it can, or before an application roster. */
  refused: Reason[];
  /** The verdicts: only with both rosters and an application that is not refused. */
  evaluation: Evaluation | undefined;
  /** NEW_HIRE_AT_REPORT, LEFT_BEFORE_REPORT, GENDER_CHANGED between the snapshots (both rosters). */
  snapshotIssues: RosterIssue[];
}

const MATCHED: readonly MatchedActionId[] = ["A", "B", "C"];

/** The application the rules judge: the round's period and the targets of the chosen actions. */
export function applicationOf(
  request: Pick<EvaluationRequest, "round" | "actions" | "targets">,
): Application {
  const targets: Application["targets"] = {};
  for (const id of MATCHED) {
    const target = request.targets[id]?.trim() ?? "";
    if (request.actions.includes(id) && target !== "") targets[id] = target;
  }
  return { actions: request.actions, targets, period: request.round.implementation };
}

/** Without a round (a year or 第N回 missing from the table) nothing is judged; the snapshots still compare. */
export interface UnjudgedRosters {
  application: undefined;
  /** The date as given, if any. */
  applicationDate: CivilDate | undefined;
  refused: Reason[];
  evaluation: undefined;
  snapshotIssues: RosterIssue[];
}

export type OpenEvaluationRequest = Omit<EvaluationRequest, "round"> & { round: Round | undefined };

/**
 * The one way from a request and two roster snapshots to the verdicts, shared by the task pane
 * and the CLI so that they cannot drift: builds the application, defaults its date, refuses or
 * judges it, and compares the snapshots.
 */
export function evaluateRosters(
  request: EvaluationRequest,
  rosters: EvaluationRosters,
): RosterEvaluation;
export function evaluateRosters(
  request: OpenEvaluationRequest,
  rosters: EvaluationRosters,
): RosterEvaluation | UnjudgedRosters;
export function evaluateRosters(
  request: OpenEvaluationRequest,
  rosters: EvaluationRosters,
): RosterEvaluation | UnjudgedRosters {
  const { application: app, report: rep } = rosters;
  const snapshotIssues = app && rep ? compareSnapshots(app, rep) : [];
  const { round } = request;
  if (round === undefined)
    return {
      application: undefined,
      applicationDate: request.applicationDate,
      refused: [],
      evaluation: undefined,
      snapshotIssues,
    };
  const application = applicationOf({ ...request, round });
  const applicationDate = request.applicationDate ?? round.application.end;
  if (app === undefined || rep === undefined)
    return {
      application,
      applicationDate,
      refused: app ? checkApplication(application, app.workers) : [],
      evaluation: undefined,
      snapshotIssues,
    };
  const evaluation = evaluateApplication(application, app.workers, rep.workers, {
    planFiled: request.planFiled,
    applicationDate,
  });
  return {
    application,
    applicationDate,
    refused: evaluation.refused,
    evaluation: evaluation.evaluated ? evaluation : undefined,
    snapshotIssues,
  };
}
