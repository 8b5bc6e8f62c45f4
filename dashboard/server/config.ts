import type { SecureCookieSetting } from "./auth/session-cookie";

/** Everything main.ts reads from the environment, with its default. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  loadDemo: boolean;
  secureCookies: SecureCookieSetting;
  trustProxy: boolean;
  loginAttemptsPerMinute: number;
}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const port = Number(env["PORT"] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT is not a port: ${env["PORT"]}`);
  const secure = env["KATSUYAKU_SECURE_COOKIES"] ?? "auto";
  const attempts = Number(env["KATSUYAKU_LOGIN_ATTEMPTS_PER_MINUTE"] ?? 10);
  return {
    port,
    host: env["HOST"] ?? "127.0.0.1",
    dataDir: env["KATSUYAKU_DATA_DIR"] ?? "./.katsuyaku-data",
    databaseUrl: env["DATABASE_URL"] || undefined,
    adminPassword: env["KATSUYAKU_ADMIN_PASSWORD"] || undefined,
    loadDemo: env["KATSUYAKU_DEMO"] !== "0",
    secureCookies: secure === "auto" ? "auto" : secure === "1" || secure === "true",
    trustProxy: env["KATSUYAKU_TRUST_PROXY"] === "1",
    loginAttemptsPerMinute: Number.isInteger(attempts) && attempts > 0 ? attempts : 10,
  };
}
