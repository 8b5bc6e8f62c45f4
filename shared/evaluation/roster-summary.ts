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
import { newTokyoInsuredTally, tallyTokyoInsured, tokyoInsuredOf } from "../rules/tokyo-insured";
import { isManager } from "../rules/manager";
import { receivesPositionAllowance } from "../rules/position-allowance";
import {
  newWageTally,
  tallyWage,
  wageGapOf,
  type WageGapOptions,
  type WageTally,
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
  const tally = new RosterTally(options.asOf, newWageTally(workers, options.wageGap));
  for (let i = 0; i < workers.length; i++) tally.add(workers[i]!);
  return tally.summary(read, options.wageGap);
}

/**
 * A summary gathered while the roster is read (RosterBuilder's `onWorker`): the workers then
 * die young instead of all living until a second pass (issue 16 §13, the CLI's check). Hours
 * conversion reads the whole roster before the first worker is counted, so it is not offered.
 */
export function rosterSummarizer(asOf: CivilDate | undefined): {
  add: (worker: Worker) => void;
  summary: (read: RosterReadResult) => RosterSummary;
} {
  const tally = new RosterTally(asOf, newWageTally([]));
  return { add: (worker) => tally.add(worker), summary: (read) => tally.summary(read) };
}

/**
 * companyEligibility (E1, E2, the category and officer ratios), the wage gap and the 管理職
 * and 役職手当 counts in ONE pass over the workers: on a 100k-row roster each pass reads
 * ~20 MB of workers that are no longer in any cache. Each rule still decides per worker in its
 * own file; this only feeds them the same workers in the same order (companyEligibility and
 * wageGap give the same results, which test/shared/evaluation checks).
 */
class RosterTally {
  private readonly hiredBy: CivilDate | undefined;
  private readonly regularly = newRegularlyEmployedTally();
  private readonly tokyo = newTokyoInsuredTally();
  private readonly categories: CategoryTallies = new Map();
  private readonly officers = newOfficerTally();
  private readonly managers: SexCount = { women: 0, men: 0 };
  private readonly allowanceRecipients: SexCount = { women: 0, men: 0 };

  constructor(
    private readonly asOf: CivilDate | undefined,
    private readonly wages: WageTally,
  ) {
    this.hiredBy = yearBefore(asOf);
  }

  add(worker: Worker): void {
    tallyWage(this.wages, worker);
    const status = employmentBy(worker, this.hiredBy);
    tallyRegularlyEmployed(this.regularly, worker, status);
    tallyTokyoInsured(this.tokyo, worker, status);
    tallyCategory(this.categories, worker);
    tallyOfficer(this.officers, worker);
    if (!isCounted(worker)) return;
    const woman = worker.gender === "woman";
    if (isManager(worker)) {
      if (woman) this.managers.women++;
      else this.managers.men++;
    }
    if (receivesPositionAllowance(worker)) {
      if (woman) this.allowanceRecipients.women++;
      else this.allowanceRecipients.men++;
    }
  }

  summary(read: RosterReadResult, wageGapOptions?: WageGapOptions): RosterSummary {
    const { asOf } = this;
    const eligibility = companyEligibilityOf({
      regularlyEmployed: regularlyEmployedResult(this.regularly, asOf),
      insured: tokyoInsuredOf(this.tokyo),
      categories: categoryRatios(this.categories),
      officers: officerRatioOf(this.officers),
    });
    return {
      rows: read.rowCount,
      errors: read.issues.filter((issue) => issue.severity === "error"),
      warnings: read.issues.filter((issue) => issue.severity === "warning"),
      rejectedRows: read.rejectedRows,
      eligibility,
      managers: this.managers,
      allowanceRecipients: this.allowanceRecipients,
      wageGap: wageGapOf(this.wages, wageGapOptions),
    };
  }
}
