import type { Worker } from "../roster/worker";
import { isManager } from "./manager";

/**
 * 役職者 (p.23 (10)): a manager, or a non-manager who supervises others or carries equal
 * responsibility (係長, パートリーダー …); the roster records the latter as 係長級.
 */
export function isPositionHolder(worker: Pick<Worker, "grade">): boolean {
  return isManager(worker) || worker.grade === "subsectionChief";
}

/** A position holder who is not a manager (係長級): the only one a 役職手当 can be paid to. */
export function isNonManagerPositionHolder(worker: Pick<Worker, "grade">): boolean {
  return isPositionHolder(worker) && !isManager(worker);
}
