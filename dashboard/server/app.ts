import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance } from "fastify";
import {
  BODY_LIMIT,
  DEFAULT_IMPORT_BODY_LIMIT,
  SUMMARY_REFRESH_MAX_WAIT_MS,
  SUMMARY_REFRESH_QUIET_MS,
  type AppOptions,
} from "./app-options";
import { DEFAULT_SCRYPT } from "./auth/password";
import "./auth/request-identity";
import { apiError } from "./http/api-error";
import { installErrorHandling } from "./http/error-handler";
import { installSecurityHeaders } from "./http/security-headers";
import { webPages } from "./http/web-pages";
import { roundsOf } from "../../shared/schedule/find-round";
import { compactAndRefresh } from "./aggregation/load-publication";
import { PublicationWorker } from "./aggregation/publication-worker-client";
import { SummaryRefresher } from "./aggregation/summary-refresher";
import { authRoutes } from "./routes/auth-routes";
import { homeRoutes } from "./routes/home-routes";
import { importRoutes } from "./routes/import-routes";
import { reportRoutes } from "./routes/report-routes";
import type { RouteContext } from "./routes/route-context";
import { submissionRoutes } from "./routes/submission-routes";
import { summaryRoutes } from "./routes/summary-routes";
import { tokenRoutes } from "./routes/token-routes";
import { userRoutes } from "./routes/user-routes";
import { scheduleRoutes } from "./routes/schedule-routes";
import { planRoutes } from "./routes/plan-routes";
import { SCHEDULE_MESSAGES } from "./messages/schedules";
import { loadStoredSchedules } from "./schedules/load-stored-schedules";
import { HTTP_MESSAGES } from "./messages/http";

/**
 * The HTTP application over a given storage. Tests build it around PGlite or PostgreSQL and
 * drive it with app.inject(); main.ts adds the environment and a port.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // A prototype key in JSON is an attack, not data: refuse the body (400).
    onProtoPoisoning: "error",
    onConstructorPoisoning: "error",
  });

  // Uploaded fiscal years join the bundled ones before any route can ask for a round.
  for (const skipped of await loadStoredSchedules(options.storage)) {
    app.log.warn(skipped, SCHEDULE_MESSAGES.storedInvalid);
  }

  // The published tables are computed off the event loop: the roll-up and suppression of a
  // year take ~60–120 ms at 100,000 records, a stall of every request in flight.
  const publications = new PublicationWorker();
  const summaries = new SummaryRefresher({
    quietMs: options.summaryRefreshQuietMs ?? SUMMARY_REFRESH_QUIET_MS,
    maxWaitMs: SUMMARY_REFRESH_MAX_WAIT_MS,
    refresh: (fiscalYear) => compactAndRefresh(options.storage, fiscalYear, publications.compute),
    compact: (fiscalYear) => options.storage.compactCells(fiscalYear),
    onError: (error, fiscalYear) =>
      app.log.warn({ err: error, fiscalYear }, "summary refresh failed; the next request computes"),
  });
  const stopListening = options.storage.onRecordsStored((years) =>
    summaries.recordsStored(years.filter((y) => roundsOf(y).length > 0)),
  );
  app.addHook("onClose", async () => {
    stopListening();
    await summaries.close();
    await publications.close();
  });

  const ctx: RouteContext = {
    storage: options.storage,
    summaries,
    computePublication: publications.compute,
    now: options.now ?? (() => new Date()),
    secureCookies: options.secureCookies ?? "auto",
    sessionHours: options.sessionHours ?? 8,
    loginRateLimit: options.loginRateLimit ?? { max: 10, timeWindowMs: 60_000 },
    passwordHashing: options.passwordHashing ?? DEFAULT_SCRYPT,
    importBodyLimit: options.importBodyLimit ?? DEFAULT_IMPORT_BODY_LIMIT,
  };

  app.decorateRequest("sessionUser", null);
  app.decorateRequest("sessionIdHash", null);
  app.decorateRequest("submitToken", null);
  // Only JSON (and CSV on the import route): any other body is 415, not a string to guess at.
  app.removeContentTypeParser("text/plain");

  installErrorHandling(app);
  installSecurityHeaders(app);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => apiError(429, "RATE_LIMITED", HTTP_MESSAGES.loginRateLimited),
  });

  for (const routes of [
    homeRoutes,
    authRoutes,
    userRoutes,
    tokenRoutes,
    submissionRoutes,
    importRoutes,
    summaryRoutes,
    reportRoutes,
    planRoutes,
    scheduleRoutes,
  ]) {
    await app.register(async (scope) => routes(scope, ctx));
  }
  await app.register(async (scope) => webPages(scope));
  await app.ready();
  return app;
}
