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
  const tally = newOfficerTally();
  for (const w of workers) tallyOfficer(tally, w);
  return officerRatioOf(tally);
}

/** The officer counts, gathered one worker at a time (a summary's single pass). */
export type OfficerTally = Pick<OfficerRatio, "women" | "total" | "alsoEmployees">;

export function newOfficerTally(): OfficerTally {
  return { women: 0, total: 0, alsoEmployees: 0 };
}

export function tallyOfficer(tally: OfficerTally, w: Worker): void {
  if (w.grade !== "officer" || w.employmentType === "dispatched") return;
  tally.total++;
  if (w.gender === "woman") tally.women++;
  if (w.officerEmployee === true) tally.alsoEmployees++;
}

export function officerRatioOf({ women, total, alsoEmployees }: OfficerTally): OfficerRatio {
  const percent = total === 0 ? null : Math.round((women * 1000) / total) / 10;
  return { women, total, alsoEmployees, percent };
}
