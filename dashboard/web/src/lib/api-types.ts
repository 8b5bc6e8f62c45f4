/**
 * The JSON the dashboard API returns. The statistics, report and account types come straight
 * from the server's models (type-only imports, erased from the bundle), so the pages cannot
 * drift from them.
 */
import type { GroupFigures, ScopePublication } from "../../../server/aggregation/publication";
import type { ReportItem } from "../../../server/annual-report/report-document";
import type { Role, SubmitToken, UserSummary } from "../../../server/storage/storage";

export type {
  BreakdownRow,
  DistributionRow,
  Figure,
  GroupFigures,
  QuartileFigures,
  ScopePublication,
} from "../../../server/aggregation/publication";
export type { ActionId, StatKey, SumMeasure } from "../../../server/aggregation/raw-aggregates";
export type { ReportItem, Role, SubmitToken, UserSummary };

/** GET /api/summary?fiscalYear=Y: the whole year, with one line per round. */
export interface YearSummary {
  fiscalYear: number;
  minCompanies: number;
  round: null;
  scope: ScopePublication;
  rounds: { round: number; capacity: number; figures: GroupFigures }[];
}

/** GET /api/summary?fiscalYear=Y&round=N */
export interface RoundSummary {
  fiscalYear: number;
  minCompanies: number;
  round: number;
  scope: ScopePublication;
}

/** GET /api/me, POST /api/login */
export interface Me {
  username: string;
  role: Role;
}

export interface ReportTexts {
  fiscalYear: number;
  items: ReportItem[];
}

/** POST /api/tokens: the stored token plus the secret, shown this once. */
export interface IssuedToken extends SubmitToken {
  token: string;
}
