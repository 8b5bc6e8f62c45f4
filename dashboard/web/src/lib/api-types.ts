/**
 * The JSON the dashboard API returns, as the pages use it: every type is the API contract's
 * (shared/api/, index in contract.ts), never a server type, so a change on the server that
 * the contract does not make cannot reach the pages.
 */
export type { ReportItem, ReportTexts } from "../../../../shared/api/annual-report";
export type { Me, Role } from "../../../../shared/api/auth";
export type {
  BreakdownRow,
  DistributionRow,
  Figure,
  GroupFigures,
  QuartileFigures,
  RoundSummary,
  ScopePublication,
  StatKey,
  SumMeasure,
  YearSummary,
} from "../../../../shared/api/summary";
export type { IssuedToken, SubmitToken } from "../../../../shared/api/tokens";
export type { UserSummary } from "../../../../shared/api/users";
export type { ActionId } from "../../../../shared/rules/action-result";
