import type { PlanItem } from "../../../shared/api/report-plan";

/** A year's plan as the report is built from it. */
export interface Plan {
  organisation: string;
  programme: string;
  items: PlanItem[];
}
