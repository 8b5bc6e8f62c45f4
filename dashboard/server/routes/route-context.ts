import type { ScryptParams } from "../auth/password";
import type { SecureCookieSetting } from "../auth/session-cookie";
import type { Plan } from "../report/plan";
import type { Role, Storage } from "../storage/storage";

/** What route plugins share: resolved options, never mutable state. */
export interface RouteContext {
  storage: Storage;
  plan: Plan;
  now: () => Date;
  secureCookies: SecureCookieSetting;
  sessionHours: number;
  loginRateLimit: { max: number; timeWindowMs: number };
  passwordHashing: ScryptParams;
  importBodyLimit: number;
}

/** Who may do what (submitters hold a bearer token and may only submit). */
export const ACCESS = {
  manageUsersAndTokens: ["admin"],
  releases: ["admin"],
  dashboards: ["admin", "foundation", "policy"],
  // Only admin (issue 14): a viewer who could also import could insert known records and
  // subtract them from the next release.
  imports: ["admin"],
  report: ["admin", "policy"],
  anySession: ["admin", "foundation", "policy"],
} as const satisfies Record<string, readonly Role[]>;
