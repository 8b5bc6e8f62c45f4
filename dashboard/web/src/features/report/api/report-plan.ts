import {
  planResponse,
  type PlanItem,
  type PlanResponse,
} from "../../../../../../shared/api/report-plan";
import { api } from "../../../lib/api-client";

export const getPlan = async (fiscalYear: number): Promise<PlanResponse> =>
  planResponse.parse(await api.get<unknown>(`/api/report/plan?fiscalYear=${fiscalYear}`));

/** The year's whole list in order; `version` is the one the editor started from (409 if stale). */
export const savePlan = async (
  fiscalYear: number,
  version: number,
  items: PlanItem[],
): Promise<PlanResponse> =>
  planResponse.parse(await api.put<unknown>("/api/report/plan", { fiscalYear, version, items }));

export const saveOrganisation = (name: string, version: number) =>
  api.put<{ name: string; version: number }>("/api/report/organisation", { name, version });
