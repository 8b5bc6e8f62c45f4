import { api } from "../../../lib/api-client";
import type { RoundSummary, YearSummary } from "../../../lib/api-types";

export const getYearSummary = (fiscalYear: number) =>
  api.get<YearSummary>(`/api/summary?fiscalYear=${fiscalYear}`);

export const getRoundSummary = (fiscalYear: number, round: number) =>
  api.get<RoundSummary>(`/api/summary?fiscalYear=${fiscalYear}&round=${round}`);
