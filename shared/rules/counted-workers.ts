import type { Worker } from "../roster/worker";

/**
 * Dispatched workers (派遣労働者) are employed by their agency, not by the applicant: the
 * guideline's every count (ratios, headcounts, wage gap, training) leaves them out (p.22 (4)).
 */
export function isCounted(worker: Worker): boolean {
  return worker.employmentType !== "dispatched";
}

/** The workers that every count of the guideline includes. */
export function countedWorkers(workers: readonly Worker[]): Worker[] {
  return workers.filter(isCounted);
}
