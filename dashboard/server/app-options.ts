import type { FastifyServerOptions } from "fastify";
import type { ScryptParams } from "./auth/password";
import type { SecureCookieSetting } from "./auth/session-cookie";
import type { Storage } from "./storage/storage";

export interface AppOptions {
  storage: Storage;
  /** Secure session cookie: true, false, or "auto" (when the request came over https) */
  secureCookies?: SecureCookieSetting;
  /**
   * Which X-Forwarded-* hops to trust (needed for "auto" behind TLS termination): false (none),
   * a hop count (1: the one proxy in front), or the proxies' addresses / CIDRs. Never "every
   * hop": then the client names its own address and walks around the per-address login limit.
   */
  trustProxy?: TrustProxy;
  sessionHours?: number;
  /**
   * Login attempts per client address (`max`) and per username (`maxPerUsername`, default
   * 3 × max) and window. The counters live in this process's memory (per instance): behind N
   * instances an address gets up to N × max attempts.
   */
  loginRateLimit?: LoginRateLimit;
  /** scrypt cost for new passwords (tests lower it) */
  passwordHashing?: ScryptParams;
  /** body limit of POST /api/imports (every other route: 64 KB) */
  importBodyLimit?: number;
  logger?: FastifyServerOptions["logger"];
  /** ms without new records of a year before its summary is recomputed in the background */
  summaryRefreshQuietMs?: number;
  /** the clock, for session expiry (tests move it) */
  now?: () => Date;
}

export type TrustProxy = false | number | readonly string[];

export interface LoginRateLimit {
  max: number;
  timeWindowMs: number;
  /**
   * Above the per-address limit on purpose: one attacker (one address, `max` tries) can never
   * lock an account; only many addresses together can, and only that one username.
   */
  maxPerUsername?: number;
}

export const BODY_LIMIT = 64 * 1024;
/** Long enough that a burst of submissions triggers one refresh, short enough to beat readers. */
export const SUMMARY_REFRESH_QUIET_MS = 200;
/**
 * Under a stream of submissions that is never quiet, the year's chunks are still compacted this
 * often (summary-refresher.ts): 2 s of submissions at 2,000/s are ~4,000 chunks, a compaction
 * of a few tens of ms, where 10 s took 120–160 ms on PGlite, holding its one connection.
 */
export const SUMMARY_REFRESH_MAX_WAIT_MS = 2_000;
export const DEFAULT_IMPORT_BODY_LIMIT = 5 * 1024 * 1024;
