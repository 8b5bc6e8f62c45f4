import type { CivilDate } from "../dates/civil-date";
import type { Worker } from "../roster/worker";
import { type CompanyEligibility, companyEligibility } from "./company-eligibility";
import { textKey } from "./text-key";
import type { ActionAssessment } from "./action-assessment";
import { assessActionA } from "./action-a";
import { assessActionB } from "./action-b";
import { assessActionC } from "./action-c";
import { assessActionD } from "./action-d";
import type { ActionId, ActionResult, Application, MatchedActionId, Reason } from "./action-result";
import { checkApplication } from "./application-check";
import { appointmentTiming, timingText } from "./appointment-date";
import { countedWorkers } from "./counted-workers";
import { assignDistinctEvidence } from "./distinct-evidence";
import { reason } from "./explain";
import { type GrantProjection, projectedGrant } from "./grant";
import { type TrainingResult, trainingCompletion } from "./training";

export interface EvaluateOptions {
  /**
   * 申請日: the ≤300 count and the Tokyo-insured worker are judged on it (p.1 (2)). Without it,
   * fixed-term workers cannot be checked for a year of service.
   */
  applicationDate?: CivilDate;
  /** 取組2: the action plan naming the actions was filed and published with the wage gap (a declaration). */
  planFiled?: boolean;
}

export interface Evaluation {
  /** false when the application was refused: the actions and training are placeholders then. */
  evaluated: boolean;
  actions: Record<ActionId, ActionResult>;
  training: TrainingResult;
  grant: GrantProjection;
  /** 支給対象事業者 on the application roster: the grant is ¥0 / unknown unless it holds. */
  company: CompanyEligibility;
  /** Why the application cannot be judged; empty when it can. */
  refused: Reason[];
}

const MATCHED: readonly MatchedActionId[] = ["A", "B", "C"];

function notEvaluated(action: ActionId, app: Application): ActionResult {
  return {
    action,
    selected: app.actions.includes(action),
    eligibleAtApplication: null,
    achieved: false,
    before: 0,
    after: 0,
    evidence: null,
    evidenceRow: null,
    candidates: [],
    reasons: [
      reason(
        "申請内容に不備があるため判定していません。",
        "Not judged: the application itself has a problem.",
      ),
    ],
  };
}

function summary(result: ActionResult): Reason {
  const { action } = result;
  return result.achieved
    ? reason(`取組${action}: 達成見込みです。`, `Action ${action}: expected to be achieved.`)
    : reason(`取組${action}: 未達成です。`, `Action ${action}: not achieved.`);
}

/** Completes an assessment with its evidence person (or none) and the verdict. */
function finish(
  assessment: ActionAssessment,
  evidence: string | undefined,
  extra: readonly Reason[],
  byId: ReadonlyMap<string, Worker>,
  app: Application,
): ActionResult {
  const result: ActionResult = {
    ...assessment.result,
    reasons: [...assessment.result.reasons, ...extra],
  };
  const person = evidence === undefined ? undefined : byId.get(evidence);
  if (assessment.ready && person !== undefined) {
    result.evidence = person.employeeId;
    result.evidenceRow = person.row;
    result.achieved = true;
    const timing = timingText(appointmentTiming(person, app.period));
    const dated = result.action === "D" ? "" : `、${timing.ja}`;
    const datedEn = result.action === "D" ? "" : `, ${timing.en}`;
    result.reasons.push(
      reason(
        `対象者: ${person.employeeId}（実績報告時名簿 ${person.row} 行目${dated}）。`,
        `Evidence person: ${person.employeeId} (report roster row ${person.row}${datedEn}).`,
      ),
    );
    const target = result.action === "D" ? undefined : app.targets[result.action];
    if (target !== undefined && textKey(person.category) !== textKey(target))
      result.reasons.push(
        reason(
          `参考: 対象者 ${person.employeeId} の雇用管理区分は「${person.category}」で、申請した区分「${textKey(target)}」ではありません（不可とはしませんが、説明できるようにしてください）。`,
          `Note: evidence person ${person.employeeId} is in category "${person.category}", not the applied category "${textKey(target)}" (not a failure, but be ready to explain it).`,
        ),
      );
  }
  if (result.selected) result.reasons.push(summary(result));
  return result;
}

/**
 * Judges an application on its two roster snapshots: refusal check, actions A–D, the
 * distinct-person rule, 取組3 training and the projected grant. Unselected actions are still
 * measured (before/after, eligibility, candidates) for information, never achieved.
 */
export function evaluateApplication(
  app: Application,
  applicationWorkers: readonly Worker[],
  reportWorkers: readonly Worker[],
  { planFiled = true, applicationDate }: EvaluateOptions = {},
): Evaluation {
  const refused = checkApplication(app, applicationWorkers);
  const company = companyEligibility(applicationWorkers, applicationDate);
  if (refused.length > 0) {
    const training: TrainingResult = {
      complete: false,
      missing: [],
      trained: 0,
      total: 0,
      hiredAfterPeriod: [],
      reasons: [],
    };
    return {
      evaluated: false,
      actions: {
        A: notEvaluated("A", app),
        B: notEvaluated("B", app),
        C: notEvaluated("C", app),
        D: notEvaluated("D", app),
      },
      training,
      grant: { yen: 0, isProjection: true, status: "unknown", reasons: refused },
      company,
      refused,
    };
  }
  const assessments: Record<ActionId, ActionAssessment> = {
    A: assessActionA(app, applicationWorkers, reportWorkers),
    B: assessActionB(app, applicationWorkers, reportWorkers),
    C: assessActionC(app, applicationWorkers, reportWorkers),
    D: assessActionD(app, applicationWorkers, reportWorkers),
  };
  const matching = assignDistinctEvidence(
    MATCHED.filter((a) => assessments[a].ready).map((a) => ({
      action: a,
      candidates: assessments[a].result.candidates,
      preferred: assessments[a].preferred,
    })),
  );
  const byId = new Map(countedWorkers(reportWorkers).map((w) => [w.employeeId, w]));
  const actions: Record<ActionId, ActionResult> = {
    A: finish(assessments.A, matching.evidence.A, matching.reasons.A ?? [], byId, app),
    B: finish(assessments.B, matching.evidence.B, matching.reasons.B ?? [], byId, app),
    C: finish(assessments.C, matching.evidence.C, matching.reasons.C ?? [], byId, app),
    D: finish(assessments.D, assessments.D.result.candidates[0], [], byId, app),
  };
  const training = trainingCompletion(reportWorkers, app.period);
  return {
    evaluated: true,
    actions,
    training,
    grant: projectedGrant(actions, training, planFiled, company),
    company,
    refused: [],
  };
}
