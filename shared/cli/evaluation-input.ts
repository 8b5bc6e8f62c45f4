import type { CivilDate } from "../dates/civil-date";
import { evaluateRosters } from "../evaluation/evaluate-rosters";
import { normalizeText } from "../roster/normalize-text";
import type { RosterIssue } from "../roster/issue";
import {
  ACTION_IDS,
  type ActionId,
  type Application,
  type MatchedActionId,
} from "../rules/action-result";
import type { CompanyEligibility } from "../rules/company-eligibility";
import type { Evaluation } from "../rules/evaluate";
import type { Round } from "../schedule/round";
import { roundOption } from "./cli-options";
import { dateOption } from "./date-option";
import { loadRoster, type LoadedRoster } from "./load-roster";
import { loadScheduleFiles, SCHEDULE_OPTIONS } from "./schedule-options";
import { UsageError } from "./usage-error";

/** The options `evaluate` and `stats` share. */
export const EVALUATION_OPTIONS = {
  round: { type: "string" },
  ...SCHEDULE_OPTIONS,
  actions: { type: "string" },
  target: { type: "string", multiple: true },
  application: { type: "string" },
  report: { type: "string" },
  "application-date": { type: "string" },
  "application-sheet": { type: "string" },
  "report-sheet": { type: "string" },
  "without-plan": { type: "boolean" },
} as const;

export interface EvaluationValues {
  round?: string;
  "fiscal-year"?: string;
  schedule?: string[];
  actions?: string;
  target?: string[];
  application?: string;
  report?: string;
  "application-date"?: string;
  "application-sheet"?: string;
  "report-sheet"?: string;
  "without-plan"?: boolean;
}

export interface EvaluationRun {
  round: Round;
  application: Application;
  applicationDate: CivilDate;
  applicationRoster: LoadedRoster;
  reportRoster: LoadedRoster;
  /** NEW_HIRE_AT_REPORT, LEFT_BEFORE_REPORT, GENDER_CHANGED between the snapshots. */
  snapshotIssues: RosterIssue[];
  eligibility: CompanyEligibility;
  evaluation: Evaluation;
  /** Things the user should know that are not failures (an ignored --target). */
  notices: string[];
}

/** `--actions A,B,D` (case and width free) → the action ids, or a UsageError. */
export function parseActions(value: string | undefined): ActionId[] {
  if (value === undefined)
    throw new UsageError(
      "--actions（例: A,B,D）を指定してください",
      "--actions (e.g. A,B,D) is required",
    );
  const ids = normalizeText(value)
    .toUpperCase()
    .split(/[,\s、]+/)
    .filter((s) => s !== "");
  const unknown = ids.filter((id) => !ACTION_IDS.includes(id as ActionId));
  if (unknown.length > 0 || ids.length === 0) {
    throw new UsageError(
      `--actions は A〜D をカンマ区切りで指定してください（「${value}」）`,
      `--actions takes A–D separated by commas (got "${value}")`,
    );
  }
  return [...new Set(ids as ActionId[])];
}

/** `--target A=総合職` (repeatable) → targets by action, or a UsageError. */
export function parseTargets(
  values: readonly string[] | undefined,
): Partial<Record<MatchedActionId, string>> {
  const targets: Partial<Record<MatchedActionId, string>> = {};
  for (const raw of values ?? []) {
    const match = /^\s*([A-Ca-cＡ-Ｃａ-ｃ])\s*[=＝]\s*(.+)$/.exec(raw);
    if (!match) {
      throw new UsageError(
        `--target は「A=総合職」の形で A〜C に指定してください（「${raw}」）`,
        `--target takes the form A=<category> for A–C (got "${raw}")`,
      );
    }
    const action = normalizeText(match[1]!).toUpperCase() as MatchedActionId;
    if (targets[action] !== undefined) {
      throw new UsageError(
        `取組${action}の --target が2回指定されています`,
        `--target for action ${action} is given twice`,
      );
    }
    targets[action] = normalizeText(match[2]!);
  }
  return targets;
}

/** Loads both rosters and evaluates the application; a refusal is a UsageError (exit 2). */
export async function runEvaluation(values: EvaluationValues): Promise<EvaluationRun> {
  loadScheduleFiles(values.schedule);
  // The ≤300 count is judged on the application date; without one, the round's last application
  // day. The date also names the fiscal year when --fiscal-year is not given.
  const typedDate = dateOption("application-date", values["application-date"]);
  const round = roundOption(values.round, values["fiscal-year"], typedDate);
  const actions = parseActions(values.actions);
  const targets = parseTargets(values.target);
  const notices: string[] = [];
  for (const action of Object.keys(targets) as MatchedActionId[]) {
    if (!actions.includes(action)) {
      notices.push(
        `取組${action}は選択されていないため、--target ${action}=… は使いません / --target ${action} is ignored: action ${action} is not selected`,
      );
    }
  }
  if (values.application === undefined || values.report === undefined) {
    throw new UsageError(
      "--application（申請時の名簿）と --report（実績報告時の名簿）を指定してください",
      "--application (application-date roster) and --report (report-date roster) are required",
    );
  }
  const applicationRoster = await loadRoster(values.application, values["application-sheet"]);
  const reportRoster = await loadRoster(values.report, values["report-sheet"]);
  const { application, applicationDate, refused, evaluation, snapshotIssues } = evaluateRosters(
    {
      round,
      actions,
      targets,
      applicationDate: typedDate,
      planFiled: values["without-plan"] !== true,
    },
    { application: applicationRoster.result, report: reportRoster.result },
  );
  if (evaluation === undefined) {
    throw new UsageError(refused.map((r) => r.ja).join("\n"), refused.map((r) => r.en).join("\n"));
  }
  return {
    round,
    application,
    applicationDate,
    applicationRoster,
    reportRoster,
    snapshotIssues,
    eligibility: evaluation.company,
    evaluation,
    notices,
  };
}
