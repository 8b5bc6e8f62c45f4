import type { ScopePublication } from "../../../shared/api/summary";
import type { Dimension } from "./raw-aggregates";

/**
 * What leaves the server: every figure after disclosure control. The shapes are the API
 * contract's (shared/api/summary.ts); a year's publication is what the summary cache keeps.
 */
export type * from "../../../shared/api/summary";

export interface Publication {
  fiscalYear: number;
  minCompanies: number;
  fiscalYearScope: ScopePublication;
  /** one per round of the schedule (round never null) */
  rounds: ScopePublication[];
}

export type { Dimension };
