import type { Worker } from "../roster/worker";
import { femaleRatioByCategory } from "./female-ratio";

/**
 * The categories that can be an A–C target: those with at least one counted worker. A
 * category of only dispatched staff (派遣スタッフ) or only officers who are not employees has
 * no 労働者 and therefore no ratio to improve.
 */
export function targetCategories(workers: readonly Worker[]): string[] {
  return femaleRatioByCategory(workers)
    .filter((c) => c.total > 0)
    .map((c) => c.category);
}
