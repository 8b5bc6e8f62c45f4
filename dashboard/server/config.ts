import { isIP } from "node:net";
import type { TrustProxy } from "./app-options";
import type { SecureCookieSetting } from "./auth/session-cookie";
import { trustProxyInvalid } from "./messages/security";

/** Everything main.ts reads from the environment, with its default. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  loadDemo: boolean;
  secureCookies: SecureCookieSetting;
  trustProxy: TrustProxy;
  loginAttemptsPerMinute: number;
  loginAttemptsPerUsernamePerMinute: number | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = Number(env["PORT"] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port: ${env["PORT"]}`);
  const secure = env["KATSUYAKU_SECURE_COOKIES"] ?? "auto";
  const attempts = Number(env["KATSUYAKU_LOGIN_ATTEMPTS_PER_MINUTE"] ?? 10);
  const perUsername = Number(env["KATSUYAKU_LOGIN_ATTEMPTS_PER_USERNAME_PER_MINUTE"] ?? NaN);
  return {
    port,
    host: env["HOST"] ?? "127.0.0.1",
    dataDir: env["KATSUYAKU_DATA_DIR"] ?? "./.katsuyaku-data",
    databaseUrl: env["DATABASE_URL"] || undefined,
    adminPassword: env["KATSUYAKU_ADMIN_PASSWORD"] || undefined,
    loadDemo: env["KATSUYAKU_DEMO"] !== "0",
    secureCookies: secure === "auto" ? "auto" : secure === "1" || secure === "true",
    trustProxy: parseTrustProxy(env["KATSUYAKU_TRUST_PROXY"] ?? "0"),
    loginAttemptsPerMinute: Number.isInteger(attempts) && attempts > 0 ? attempts : 10,
    loginAttemptsPerUsernamePerMinute:
      Number.isInteger(perUsername) && perUsername > 0 ? perUsername : undefined,
  };
}

/**
 * KATSUYAKU_TRUST_PROXY: "0" (or empty) trusts no X-Forwarded-For; a number trusts that many
 * hops (1 = the one reverse proxy in front); otherwise a comma-separated list of the proxies'
 * addresses or CIDRs. "true" (every hop) is refused on purpose: the client would pick its own
 * address. A bad value stops the start rather than silently trusting nothing or everything.
 */
export function parseTrustProxy(value: string): TrustProxy {
  const text = value.trim();
  if (text === "" || text === "0") return false;
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const entries = text.split(",").map((entry) => entry.trim());
  const valid = entries.every((entry) => {
    const [address = "", prefix, extra] = entry.split("/");
    if (extra !== undefined) return false;
    const family = isIP(address);
    if (family === 0) return false;
    if (prefix === undefined) return true;
    if (!/^\d{1,3}$/.test(prefix)) return false;
    return Number(prefix) <= (family === 4 ? 32 : 128);
  });
  if (!valid || entries.length === 0) throw new Error(trustProxyInvalid(value));
  return entries;
}
