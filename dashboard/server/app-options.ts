import type { FastifyServerOptions } from "fastify";
import type { ScryptParams } from "./auth/password";
import type { SecureCookieSetting } from "./auth/session-cookie";
import type { Storage } from "./storage/storage";

export interface AppOptions {
  storage: Storage;
  /** Secure session cookie: true, false, or "auto" (when the request came over https) */
  secureCookies?: SecureCookieSetting;
  /** trust X-Forwarded-* from a reverse proxy (needed for "auto" behind TLS termination) */
  trustProxy?: boolean;
  sessionHours?: number;
  /**
   * Login attempts per client address and window. The counters live in this process's memory
   * (per instance): behind N instances an address gets up to N × max attempts.
   */
  loginRateLimit?: { max: number; timeWindowMs: number };
  /** scrypt cost for new passwords (tests lower it) */
  passwordHashing?: ScryptParams;
  /** body limit of POST /api/imports (every other route: 64 KB) */
  importBodyLimit?: number;
  logger?: FastifyServerOptions["logger"];
  /** the clock, for session expiry (tests move it) */
  now?: () => Date;
}

export const BODY_LIMIT = 64 * 1024;
export const DEFAULT_IMPORT_BODY_LIMIT = 5 * 1024 * 1024;
