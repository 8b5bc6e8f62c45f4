import type { Worker } from "../roster/worker";
import { isCounted } from "../rules/counted-workers";

/** A head count split by sex. */
export interface SexCount {
  women: number;
  men: number;
}

/** Counts the non-dispatched workers that satisfy `holds`, by sex. */
export function countBySex(
  workers: readonly Worker[],
  holds: (worker: Worker) => boolean = () => true,
): SexCount {
  const count: SexCount = { women: 0, men: 0 };
  for (const worker of workers) {
    if (!isCounted(worker) || !holds(worker)) continue;
    if (worker.gender === "woman") count.women++;
    else count.men++;
  }
  return count;
}
