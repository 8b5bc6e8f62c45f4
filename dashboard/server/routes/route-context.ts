import type { ComputePublication } from "../aggregation/publication-json";
import type { SummaryRefresher } from "../aggregation/summary-refresher";
import type { ScryptParams } from "../auth/password";
import type { SecureCookieSetting } from "../auth/session-cookie";
import type { Plan } from "../report/plan";
import type { LoginRateLimit } from "../app-options";
import type { Role, Storage } from "../storage/storage";

/**
 * What route plugins share: resolved options, never mutable state — except `summaries`, which
 * only schedules (timers, the refresh in flight) and keeps no data.
 */
export interface RouteContext {
  storage: Storage;
  summaries: SummaryRefresher;
  /** where published tables are computed: the app's worker thread */
  computePublication: ComputePublication;
  plan: Plan;
  now: () => Date;
  secureCookies: SecureCookieSetting;
  sessionHours: number;
  loginRateLimit: Required<LoginRateLimit>;
  passwordHashing: ScryptParams;
  importBodyLimit: number;
}

/** Who may do what (submitters hold a bearer token and may only submit). */
export const ACCESS = {
  manageUsersAndTokens: ["admin"],
  dashboards: ["admin", "foundation", "policy"],
  imports: ["admin", "foundation"],
  report: ["admin", "policy"],
  anySession: ["admin", "foundation", "policy"],
} as const satisfies Record<string, readonly Role[]>;
