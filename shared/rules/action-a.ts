import type { Worker } from "../roster/worker";
import type { Application } from "./action-result";
import type { ActionAssessment } from "./action-assessment";
import { assessIncrease, type IncreaseRule } from "./increase-action";
import { isManager } from "./manager";

/** A 女性管理職の増加: the status counted is 管理職 (部長級・課長級, never 役員). */
export const ACTION_A_RULE: IncreaseRule = {
  action: "A",
  holds: isManager,
  roleJa: "管理職",
  roleEn: "a manager",
  countJa: "社内全体の女性管理職",
  countEn: "Female managers company-wide",
};

/**
 * A (p.7): target category under 40% at application; more female managers company-wide at
 * report than at application (new hires count); a woman appointed or hired as a manager
 * inside the implementation period as evidence.
 */
export function assessActionA(
  app: Application,
  applicationWorkers: readonly Worker[],
  reportWorkers: readonly Worker[],
): ActionAssessment {
  return assessIncrease(ACTION_A_RULE, app, applicationWorkers, reportWorkers);
}
