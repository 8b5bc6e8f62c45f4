import type { CivilDate } from "../dates/civil-date";
import type { RosterIssue } from "../roster/issue";
import type { RosterReadResult } from "../roster/read-result";
import { companyEligibility, type CompanyEligibility } from "../rules/company-eligibility";
import { isManager } from "../rules/manager";
import { receivesPositionAllowance } from "../rules/position-allowance";
import { wageGap, type WageGapOptions, type WageGapResult } from "../rules/wage-gap";
import { isCounted } from "../rules/counted-workers";
import type { Worker } from "../roster/worker";
import type { SexCount } from "./sex-count";

/** Everything a roster check shows: the problems, then what the rules make of the rows that are usable. */
export interface RosterSummary {
  /** Worker rows read (valid or not). */
  rows: number;
  errors: RosterIssue[];
  warnings: RosterIssue[];
  /** Rows left out of every count because a required value is unusable. */
  rejectedRows: number[];
  eligibility: CompanyEligibility;
  /** 管理職 (部長級・課長級, officers excluded), company-wide. */
  managers: SexCount;
  /** 役職手当 recipients: non-manager position holders paid monthly, company-wide. */
  allowanceRecipients: SexCount;
  wageGap: WageGapResult;
}

export interface SummaryOptions {
  /** The date the ≤300 regularly-employed count is judged on (the application date). */
  asOf?: CivilDate;
  wageGap?: WageGapOptions;
}

/** Summarises one roster snapshot; a bad row never hides the rest, so this runs whatever the errors. */
export function summarizeRoster(
  read: RosterReadResult,
  options: SummaryOptions = {},
): RosterSummary {
  const { workers } = read;
  return {
    rows: read.rowCount,
    errors: read.issues.filter((issue) => issue.severity === "error"),
    warnings: read.issues.filter((issue) => issue.severity === "warning"),
    rejectedRows: read.rejectedRows,
    eligibility: companyEligibility(workers, options.asOf),
    ...holdersBySex(workers),
    wageGap: wageGap(workers, options.wageGap),
  };
}

/** countBySex for 管理職 and for 役職手当 recipients, in one pass over a big roster. */
function holdersBySex(workers: readonly Worker[]): {
  managers: SexCount;
  allowanceRecipients: SexCount;
} {
  const managers: SexCount = { women: 0, men: 0 };
  const allowanceRecipients: SexCount = { women: 0, men: 0 };
  for (const worker of workers) {
    if (!isCounted(worker)) continue;
    const woman = worker.gender === "woman";
    if (isManager(worker)) {
      if (woman) managers.women++;
      else managers.men++;
    }
    if (receivesPositionAllowance(worker)) {
      if (woman) allowanceRecipients.women++;
      else allowanceRecipients.men++;
    }
  }
  return { managers, allowanceRecipients };
}
