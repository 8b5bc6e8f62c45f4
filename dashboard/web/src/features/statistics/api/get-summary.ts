import { roundSummaryResponse, yearSummaryResponse } from "../../../../../../shared/api/summary";
import { api } from "../../../lib/api-client";

export const getYearSummary = (fiscalYear: number) =>
  api.get(yearSummaryResponse, `/api/summary?fiscalYear=${fiscalYear}`);

export const getRoundSummary = (fiscalYear: number, round: number) =>
  api.get(roundSummaryResponse, `/api/summary?fiscalYear=${fiscalYear}&round=${round}`);
