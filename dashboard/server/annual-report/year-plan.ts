import type { Storage } from "../storage/storage";
import { DEFAULT_ORGANISATION, PROGRAMME } from "../messages/report-plan";
import type { Plan } from "./plan";

/** The report setting holding the organisation line. */
export const ORGANISATION_KEY = "organisation";

/** A year's plan as policy staff left it: its items (none until added or copied) and the organisation. */
export async function yearPlan(
  storage: Storage,
  fiscalYear: number,
): Promise<Plan & { version: number }> {
  const [stored, organisation] = await Promise.all([
    storage.loadPlanItems(fiscalYear),
    storage.loadReportSetting(ORGANISATION_KEY),
  ]);
  return {
    organisation: organisation.value ?? DEFAULT_ORGANISATION,
    programme: PROGRAMME,
    items: stored.items,
    version: stored.version,
  };
}
