import type { Worker } from "../roster/worker";

/**
 * An officer (役員) is not a 労働者 unless also an employee (使用人兼務役員): the guideline's
 * counts are of 労働者 (p.22–23) and 取組3 covers 正規・非正規従業員.
 */
export function isOfficerOnly(worker: Worker): boolean {
  return worker.grade === "officer" && worker.officerEmployee !== true;
}

/**
 * The guideline's every count (ratios, headcounts, wage gap, training) is of the applicant's
 * 労働者: dispatched workers (派遣労働者) are employed by their agency (p.22 (4)), and officers
 * who are not also employees are not 労働者. Both are left out, with a notice.
 */
export function isCounted(worker: Worker): boolean {
  return worker.employmentType !== "dispatched" && !isOfficerOnly(worker);
}

/** The workers that every count of the guideline includes. */
export function countedWorkers(workers: readonly Worker[]): Worker[] {
  return workers.filter(isCounted);
}
