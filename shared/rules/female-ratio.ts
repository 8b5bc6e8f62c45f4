import type { Worker } from "../roster/worker";
import { textKey } from "./text-key";
import { isCounted } from "./counted-workers";

/** The female ratio of one 雇用管理区分 (employment management category), dispatched workers excluded. */
export interface CategoryRatio {
  category: string;
  total: number;
  women: number;
  men: number;
  /** One decimal, rounded half up; null when the category has no (non-dispatched) worker. */
  femaleRatioPercent: number | null;
  /** True only when women are STRICTLY under 40% (p.1 (3)); false for an empty category. */
  below40: boolean;
}

function assertCounts(women: number, total: number): void {
  if (!Number.isSafeInteger(women) || !Number.isSafeInteger(total) || women < 0 || total < women)
    throw new RangeError(`invalid counts: ${women} women of ${total}`);
}

/**
 * 女性労働者の割合が4割を下回っている (p.1 (3), p.8): exact integer comparison, so 2 of 5
 * (exactly 40%) does NOT qualify and no rounding can tip the verdict.
 */
export function isBelow40(women: number, total: number): boolean {
  assertCounts(women, total);
  return women * 5 < total * 2;
}

/** The percentage with one decimal, rounded half up in exact integer arithmetic; null for 0 workers. */
export function ratioPercent(women: number, total: number): number | null {
  assertCounts(women, total);
  if (total === 0) return null;
  // tenths of a percent = women * 1000 / total, rounded half up: floor((2000 * women + total) / (2 * total)).
  const numerator = 2000 * women + total;
  const denominator = 2 * total;
  const tenths = (numerator - (numerator % denominator)) / denominator;
  return tenths / 10;
}

/** The ratio of every category, in order of first appearance; dispatched workers are not counted. */
export function femaleRatioByCategory(workers: readonly Worker[]): CategoryRatio[] {
  const tallies: CategoryTallies = new Map();
  for (const worker of workers) tallyCategory(tallies, worker);
  return categoryRatios(tallies);
}

/** Women and men per category, in order of first appearance (a summary's single pass). */
export type CategoryTallies = Map<string, { women: number; men: number }>;

export function tallyCategory(tallies: CategoryTallies, worker: Worker): void {
  const category = textKey(worker.category);
  let tally = tallies.get(category);
  if (!tally) {
    // A category whose only members are dispatched still appears, with no ratio: the user sees why.
    tally = { women: 0, men: 0 };
    tallies.set(category, tally);
  }
  if (!isCounted(worker)) return;
  if (worker.gender === "woman") tally.women += 1;
  else tally.men += 1;
}

export function categoryRatios(tallies: CategoryTallies): CategoryRatio[] {
  return [...tallies].map(([category, { women, men }]) => {
    const total = women + men;
    return {
      category,
      total,
      women,
      men,
      femaleRatioPercent: ratioPercent(women, total),
      below40: isBelow40(women, total),
    };
  });
}

/** The ratio of one category (matched with normalizeText); total 0 when nobody is in it. */
export function categoryRatio(workers: readonly Worker[], category: string): CategoryRatio {
  const key = textKey(category);
  const found = femaleRatioByCategory(workers).find((ratio) => ratio.category === key);
  return (
    found ?? {
      category: key,
      total: 0,
      women: 0,
      men: 0,
      femaleRatioPercent: null,
      below40: false,
    }
  );
}

/** "20.0%" or "—" for an empty category (never divide by zero, never print 0%). */
export function formatPercent(percent: number | null): string {
  return percent === null ? "—" : `${percent.toFixed(1)}%`;
}
