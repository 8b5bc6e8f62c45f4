import type { MessageKey } from "../i18n/ja";

/** The HR person's way through the pane, in order (issue #3). */
export const STEPS = [
  "roster",
  "check",
  "results",
  "application",
  "actionPlan",
  "report",
  "wageGap",
  "publishFigures",
  "record",
] as const;
export type StepId = (typeof STEPS)[number];

export const STEP_LABEL: Record<StepId, MessageKey> = {
  roster: "step.roster",
  check: "step.check",
  results: "step.results",
  application: "step.application",
  report: "step.report",
  wageGap: "step.wageGap",
  actionPlan: "step.actionPlan",
  publishFigures: "step.publishFigures",
  record: "step.record",
};

export function stepOf(value: string): StepId {
  return (STEPS as readonly string[]).includes(value) ? (value as StepId) : "roster";
}
