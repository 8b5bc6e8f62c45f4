import {
  actionPlanDraft,
  type ActionPlanDraft,
} from "../../../../shared/documents/action-plan-draft";
import {
  resultReportText,
  type ResultReportText,
} from "../../../../shared/documents/result-report-text";
import { publishFigures } from "../../../../shared/rules/publish-figures";
import type { Session } from "../../app/session";
import type { Derived } from "../../evaluation/derive";

/** What the plan and the form 9 text are drafted from. */
export type PlanSession = Pick<Session, "application" | "report">;
export type PlanDerived = Pick<Derived, "application" | "refused" | "evaluation">;

/** The plan draft, once there is an application roster and an application the rules accept. */
export function planDraftOf(
  session: PlanSession,
  derived: PlanDerived,
): ActionPlanDraft | undefined {
  const app = derived.application;
  const workers = session.application?.read.workers;
  if (app === undefined || workers === undefined || derived.refused.length > 0) return undefined;
  if (app.actions.length === 0) return undefined;
  return actionPlanDraft(app, workers, publishFigures(workers, app.period.start));
}

/** The 様式第9号 text, once both rosters are judged. */
export function resultReportOf(
  session: PlanSession,
  derived: PlanDerived,
): ResultReportText | undefined {
  const plan = planDraftOf(session, derived);
  const report = session.report?.read.workers;
  const { application, evaluation } = derived;
  if (!plan || !report || !application || !evaluation?.evaluated) return undefined;
  return resultReportText(application, report, evaluation, plan);
}
