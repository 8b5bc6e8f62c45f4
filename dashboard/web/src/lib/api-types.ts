/**
 * The JSON the dashboard API returns. The statistics, report and account types come straight
 * from the server's models (type-only imports, erased from the bundle), so the pages cannot
 * drift from them.
 */
import type { GroupFigures, ScopePublication } from "../../../server/aggregation/publication";
import type { ReportItem } from "../../../server/report/report-document";
import type { Role, SubmitToken, UserSummary } from "../../../server/storage/storage";
import type { ReleaseMeta } from "../../../../shared/api/releases";

export type {
  ReleaseInfo,
  ReleaseListResponse,
  ReleaseMeta,
  ReleaseSuggestion,
} from "../../../../shared/api/releases";

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
  /** the release these tables come from (viewers see only releases) */
  release: ReleaseMeta;
}

/** GET /api/summary?fiscalYear=Y&round=N */
export interface RoundSummary {
  fiscalYear: number;
  minCompanies: number;
  round: number;
  scope: ScopePublication;
  release: ReleaseMeta;
}

/** GET /api/me, POST /api/login */
export interface Me {
  username: string;
  role: Role;
}

export interface ReportTexts {
  fiscalYear: number;
  items: ReportItem[];
  /** the year's release the texts and exports are made from */
  release: ReleaseMeta;
}

/** GET /api/imports: each import file is a batch that can be removed whole. */
export interface ImportBatch {
  id: number;
  createdAt: string;
  format: string;
  recordCount: number;
  removedAt: string | null;
}

/** POST /api/tokens: the stored token plus the secret, shown this once. */
export interface IssuedToken extends SubmitToken {
  token: string;
}
