import type { CivilDate } from "../dates/civil-date";
import type { RosterIssue } from "../roster/issue";
import type { RosterReadResult } from "../roster/read-result";
import { companyEligibilityOf, type CompanyEligibility } from "../rules/company-eligibility";
import { categoryRatios, tallyCategory, type CategoryTallies } from "../rules/female-ratio";
import { newOfficerTally, officerRatioOf, tallyOfficer } from "../rules/officer-ratio";
import {
  employmentBy,
  newRegularlyEmployedTally,
  regularlyEmployedResult,
  tallyRegularlyEmployed,
  yearBefore,
} from "../rules/regularly-employed";
import { provesTokyoInsured, tokyoInsuredResult } from "../rules/tokyo-insured";
import { isManager } from "../rules/manager";
import { receivesPositionAllowance } from "../rules/position-allowance";
import {
  newWageTally,
  tallyWage,
  wageGapOf,
  type WageGapOptions,
  type WageGapResult,
} from "../rules/wage-gap";
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
    ...onePass(workers, options.asOf, options.wageGap),
  };
}

/**
 * companyEligibility (E1, E2, the category and officer ratios), the wage gap and the 管理職
 * and 役職手当 counts in ONE pass over the workers: on a 100k-row roster each pass reads
 * ~20 MB of workers that are no longer in any cache. Each rule still decides per worker in its
 * own file; this only feeds them the same workers in the same order (companyEligibility and
 * wageGap give the same results, which test/shared/evaluation checks).
 */
function onePass(
  workers: readonly Worker[],
  asOf: CivilDate | undefined,
  wageGapOptions: WageGapOptions | undefined,
): Pick<RosterSummary, "eligibility" | "managers" | "allowanceRecipients" | "wageGap"> {
  const wages = newWageTally(workers, wageGapOptions);
  const hiredBy = yearBefore(asOf);
  const regularly = newRegularlyEmployedTally();
  const tokyoIds: string[] = [];
  const categories: CategoryTallies = new Map();
  const officers = newOfficerTally();
  const managers: SexCount = { women: 0, men: 0 };
  const allowanceRecipients: SexCount = { women: 0, men: 0 };
  for (let i = 0; i < workers.length; i++) {
    const worker = workers[i]!;
    tallyWage(wages, worker);
    const status = employmentBy(worker, hiredBy);
    tallyRegularlyEmployed(regularly, worker, status);
    if (provesTokyoInsured(worker, status)) tokyoIds.push(worker.employeeId);
    tallyCategory(categories, worker);
    tallyOfficer(officers, worker);
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
  const eligibility = companyEligibilityOf({
    regularlyEmployed: regularlyEmployedResult(regularly, asOf),
    insured: tokyoInsuredResult(workers, asOf, tokyoIds),
    categories: categoryRatios(categories),
    officers: officerRatioOf(officers),
  });
  return { eligibility, managers, allowanceRecipients, wageGap: wageGapOf(wages, wageGapOptions) };
}
