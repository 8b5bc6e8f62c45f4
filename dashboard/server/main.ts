import { buildApp } from "./app";
import { serverLoggerOptions } from "./http/log-options";
import { readConfig } from "./config";
import { ensureAdmin, loadDemoData, ADMIN_USERNAME } from "./first-start";
import { openStorage } from "./storage/open-storage";
import { STARTUP_MESSAGES } from "./messages/startup";

/**
 * npm start: PostgreSQL when DATABASE_URL is set, otherwise PGlite under KATSUYAKU_DATA_DIR;
 * on an empty database the admin is created and (unless KATSUYAKU_DEMO=0) demo data loaded.
 */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite (${config.dataDir})`;
  console.log(STARTUP_MESSAGES.database(where, storage.isNew));

  const admin = await ensureAdmin(storage, config.adminPassword);
  if (admin.generatedPassword) {
    // Printed once; only its scrypt hash is stored.
    console.log(STARTUP_MESSAGES.adminCreatedWithPassword(ADMIN_USERNAME, admin.generatedPassword));
  } else if (admin.created) {
    console.log(STARTUP_MESSAGES.adminCreated(ADMIN_USERNAME));
  }
  if (storage.isNew && config.loadDemo) {
    const count = await loadDemoData(storage);
    console.log(STARTUP_MESSAGES.demoLoaded(count));
  }

  const app = await buildApp({
    storage,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    loginRateLimit: {
      max: config.loginAttemptsPerMinute,
      timeWindowMs: 60_000,
      ...(config.loginAttemptsPerUsernamePerMinute
        ? { maxPerUsername: config.loginAttemptsPerUsernamePerMinute }
        : {}),
    },
    logger: serverLoggerOptions(process.env["LOG_LEVEL"] ?? "info"),
  });
  const shutdown = async () => {
    await app.close();
    await storage.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown());
  process.once("SIGTERM", () => void shutdown());

  await app.listen({ port: config.port, host: config.host });
  console.log(STARTUP_MESSAGES.listening(`http://${config.host}:${config.port}/`));
}

main().catch((error: unknown) => {
  console.error(STARTUP_MESSAGES.couldNotStart, error);
  process.exit(1);
});
