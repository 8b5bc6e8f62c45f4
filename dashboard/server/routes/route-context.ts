import type { ScryptParams } from "../auth/password";
import type { SecureCookieSetting } from "../auth/session-cookie";
import type { LoginRateLimit } from "../app-options";
import type { Storage } from "../storage/storage";

/** What route plugins share: resolved options, never mutable state. */
export interface RouteContext {
  storage: Storage;
  now: () => Date;
  secureCookies: SecureCookieSetting;
  sessionHours: number;
  loginRateLimit: Required<LoginRateLimit>;
  passwordHashing: ScryptParams;
  importBodyLimit: number;
}

/** Who may do what is part of the API contract (shared/api/auth.ts, listed in contract.ts). */
export { ACCESS } from "../../../shared/api/auth";
