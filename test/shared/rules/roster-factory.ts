import type { Worker } from "../../../shared/roster/worker";
import type { Application } from "../../../shared/rules/action-result";

/** Round 1 of fiscal 2025: 2025-08-01 – 2026-01-31. */
export const PERIOD = { start: "2025-08-01", end: "2026-01-31" };

type WorkerInput = Partial<Worker> & { employeeId: string };

/** A worker with neutral defaults: a regular man in 総合職 with no grade and no allowance. */
export function worker(input: WorkerInput): Worker {
  return {
    row: 0,
    gender: "man",
    category: "総合職",
    employmentType: "regular",
    grade: "none",
    positionAllowance: 0,
    ...input,
  };
}

/** Assigns spreadsheet rows 2, 3, … in order (header = row 1), as a roster read would. */
export function roster(...inputs: WorkerInput[]): Worker[] {
  return inputs.map((input, i) => worker({ row: i + 2, ...input }));
}

/** n workers of one kind, ids prefix-1 … prefix-n. */
export function many(n: number, prefix: string, props: Partial<Worker> = {}): WorkerInput[] {
  return Array.from({ length: n }, (_, i) => ({ ...props, employeeId: `${prefix}${i + 1}` }));
}

export function application(
  actions: Application["actions"],
  targets: Application["targets"] = {},
  period = PERIOD,
): Application {
  return { actions, targets, period };
}
