import type { Worker } from "../roster/worker";
import { isCounted } from "./counted-workers";
import { isNonManagerPositionHolder } from "./position-holder";

/**
 * 役職手当: monthly allowance of a non-manager position holder (p.7 B, p.23 (10)).
 * 管理職手当 (a manager's allowance) is not it, so a manager with an amount in the column does
 * not count; the roster column is the monthly amount, so non-monthly payments never enter it.
 */
export function receivesPositionAllowance(worker: Worker): boolean {
  return isCounted(worker) && isNonManagerPositionHolder(worker) && worker.positionAllowance > 0;
}
