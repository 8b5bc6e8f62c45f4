import type { Worker } from "../roster/worker";

/** 役員の女性比率: officers are counted here only (they are not 労働者 for the other counts). */
export interface OfficerRatio {
  women: number;
  total: number;
  /** Officers also employed as staff (使用人兼務): these count as workers too. */
  alsoEmployees: number;
  /** Percentage with one decimal, null without officers. */
  percent: number | null;
}

/** The female ratio among officers (役員), dispatched rows aside. */
export function officerRatio(workers: readonly Worker[]): OfficerRatio {
  let women = 0;
  let total = 0;
  let alsoEmployees = 0;
  for (const w of workers) {
    if (w.grade !== "officer" || w.employmentType === "dispatched") continue;
    total++;
    if (w.gender === "woman") women++;
    if (w.officerEmployee === true) alsoEmployees++;
  }
  const percent = total === 0 ? null : Math.round((women * 1000) / total) / 10;
  return { women, total, alsoEmployees, percent };
}
