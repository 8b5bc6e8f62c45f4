import type { ActionResult } from "./action-result";

/**
 * One action judged on the two rosters before the distinct-person rule assigns evidence:
 * `result.achieved` is false and `result.evidence` null until {@link ready} actions get a person.
 */
export interface ActionAssessment {
  result: ActionResult;
  /** Selected, eligible at application and (A, B) increased, with at least one candidate. */
  ready: boolean;
  /** Candidates in the action's target category, preferred as evidence (row order). */
  preferred: string[];
}

/**
 * An action's result before evaluate.ts runs the distinct-person rule: never achieved and
 * without evidence yet, since only the matching may hand out people.
 */
export function pendingResult(
  fields: Omit<ActionResult, "achieved" | "evidence" | "evidenceRow">,
): ActionResult {
  return { ...fields, achieved: false, evidence: null, evidenceRow: null };
}
