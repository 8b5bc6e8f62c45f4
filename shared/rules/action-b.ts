import type { Worker } from "../roster/worker";
import type { Application } from "./action-result";
import type { ActionAssessment } from "./action-assessment";
import { assessIncrease, type IncreaseRule } from "./increase-action";
import { receivesPositionAllowance } from "./position-allowance";

/** B 役職手当の支給対象の女性従業員の増加: the status counted is receiving a 役職手当 (管理職手当 excluded). */
export const ACTION_B_RULE: IncreaseRule = {
  action: "B",
  holds: receivesPositionAllowance,
  roleJa: "役職手当の支給対象",
  roleEn: "a recipient of a position allowance",
  countJa: "社内全体の役職手当の支給対象の女性",
  countEn: "Women receiving a position allowance company-wide",
};

/**
 * B (p.7): target category under 40% at application; more women receiving a monthly
 * position allowance as non-manager position holders at report (new hires count); a woman
 * who started receiving it with a 就任日（採用日）inside the period as evidence.
 */
export function assessActionB(
  app: Application,
  applicationWorkers: readonly Worker[],
  reportWorkers: readonly Worker[],
): ActionAssessment {
  return assessIncrease(ACTION_B_RULE, app, applicationWorkers, reportWorkers);
}
