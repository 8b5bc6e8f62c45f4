import type { ComputePublication } from "../aggregation/publication-json";
import type { SummaryRefresher } from "../aggregation/summary-refresher";
import type { ScryptParams } from "../auth/password";
import type { SecureCookieSetting } from "../auth/session-cookie";
import type { LoginRateLimit } from "../app-options";
import type { Storage } from "../storage/storage";

/**
 * What route plugins share: resolved options, never mutable state — except `summaries`, which
 * only schedules (timers, the refresh in flight) and keeps no data.
 */
export interface RouteContext {
  storage: Storage;
  summaries: SummaryRefresher;
  /** where published tables are computed: the app's worker thread */
  computePublication: ComputePublication;
  now: () => Date;
  secureCookies: SecureCookieSetting;
  sessionHours: number;
  loginRateLimit: Required<LoginRateLimit>;
  passwordHashing: ScryptParams;
  importBodyLimit: number;
}

/** Who may do what is part of the API contract (shared/api/auth.ts, listed in contract.ts). */
export { ACCESS } from "../../../shared/api/auth";
