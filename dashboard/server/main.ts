import { buildApp } from "./app";
import { serverLoggerOptions } from "./http/log-options";
import { readConfig } from "./config";
import { ensureAdmin, loadDemoData, ADMIN_USERNAME } from "./first-start";
import { loadPlan } from "./report/plan";
import { openStorage } from "./storage/open-storage";

/**
 * npm start: PostgreSQL when DATABASE_URL is set, otherwise PGlite under KATSUYAKU_DATA_DIR;
 * on an empty database the admin is created and (unless KATSUYAKU_DEMO=0) demo data loaded.
 */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const plan = loadPlan(config.planFile);
  const storage = await openStorage({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `PGlite (${config.dataDir})`;
  console.log(`データベース / database: ${where}${storage.isNew ? "（新規作成 / new）" : ""}`);

  const admin = await ensureAdmin(storage, config.adminPassword);
  if (admin.generatedPassword) {
    // Printed once; only its scrypt hash is stored.
    console.log(
      `管理者を作成しました / admin created: ユーザー名 ${ADMIN_USERNAME} / パスワード ${admin.generatedPassword}\n` +
        "このパスワードは再表示されません。控えてください。 / This password is shown only once.",
    );
  } else if (admin.created) {
    console.log(
      `管理者を作成しました / admin created: ${ADMIN_USERNAME}（KATSUYAKU_ADMIN_PASSWORD）`,
    );
  }
  if (storage.isNew && config.loadDemo) {
    const count = await loadDemoData(storage);
    console.log(
      `デモデータ（令和7年度, ${count}件）を読み込みました / demo data loaded (KATSUYAKU_DEMO=0 to skip)`,
    );
  }

  const app = await buildApp({
    storage,
    plan,
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
  console.log(`Katsuyaku ダッシュボード: http://${config.host}:${config.port}/`);
}

main().catch((error: unknown) => {
  console.error("起動できませんでした / could not start:", error);
  process.exit(1);
});
