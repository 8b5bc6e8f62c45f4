import type { Worker } from "../roster/worker";

/**
 * 管理職 (p.23 (9)): 課長級 and every grade above it, EXCLUDING 役員 (officers). The roster's
 * grades above 課長級 are 部長級 only, so a manager is a 部長級 or 課長級 worker.
 */
export function isManager(worker: Pick<Worker, "grade">): boolean {
  return worker.grade === "director" || worker.grade === "sectionChief";
}
