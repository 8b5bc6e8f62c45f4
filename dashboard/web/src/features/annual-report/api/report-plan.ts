import {
  organisationResponse,
  planResponse,
  type PlanItem,
} from "../../../../../../shared/api/report-plan";
import { api } from "../../../lib/api-client";

export const getPlan = (fiscalYear: number) =>
  api.get(planResponse, `/api/report/plan?fiscalYear=${fiscalYear}`);

/** The year's whole list in order; `version` is the one the editor started from (409 if stale). */
export const savePlan = (fiscalYear: number, version: number, items: PlanItem[]) =>
  api.put(planResponse, "/api/report/plan", { fiscalYear, version, items });

export const saveOrganisation = (name: string, version: number) =>
  api.put(organisationResponse, "/api/report/organisation", {
    name,
    version,
  });
