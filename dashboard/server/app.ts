import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";

type TrustProxyFunction = (address: string, hop: number) => boolean;
import {
  BODY_LIMIT,
  DEFAULT_IMPORT_BODY_LIMIT,
  type AppOptions,
  type LoginRateLimit,
  type TrustProxy,
} from "./app-options";
import { DEFAULT_SCRYPT } from "./auth/password";
import "./auth/request-identity";
import { installDbSafeInput } from "./http/db-safe-input";
import { badUrl, loginRateLimited } from "./messages/security";
import { fromFastifyError } from "./http/error-handler";
import { installErrorHandling } from "./http/error-handler";
import { installSecurityHeaders } from "./http/security-headers";
import { webPages } from "./http/web-pages";
import { authRoutes } from "./routes/auth-routes";
import { homeRoutes } from "./routes/home-routes";
import { importRoutes } from "./routes/import-routes";
import { releaseRoutes } from "./routes/release-routes";
import { reportRoutes } from "./routes/report-routes";
import type { RouteContext } from "./routes/route-context";
import { submissionRoutes } from "./routes/submission-routes";
import { summaryRoutes } from "./routes/summary-routes";
import { tokenRoutes } from "./routes/token-routes";
import { userRoutes } from "./routes/user-routes";
import { accountRoutes } from "./routes/account-routes";
import { auditLogRoutes } from "./routes/audit-log-routes";
import { scheduleRoutes } from "./routes/schedule-routes";
import { benchmarkRoutes } from "./routes/benchmark-routes";
import { planRoutes } from "./routes/plan-routes";
import { SCHEDULE_MESSAGES } from "./messages/schedules";
import { loadStoredSchedules } from "./schedules/load-stored-schedules";

/**
 * The HTTP application over a given storage. Tests build it around PGlite or PostgreSQL and
 * drive it with app.inject(); main.ts adds the environment and a port.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
    // A prototype key in JSON is an attack, not data: refuse the body (400).
    onProtoPoisoning: "error",
    onConstructorPoisoning: "error",
    // The router's own errors (a URL whose %-escapes do not decode) get our error body too.
    frameworkErrors: (error, _request, reply) => {
      const apiError = error.code === "FST_ERR_BAD_URL" ? badUrl() : fromFastifyError(error);
      const sender = reply as unknown as FastifyReply;
      void sender.status(apiError.statusCode).send(apiError.toBody());
    },
  });

  // Uploaded fiscal years join the bundled ones before any route can ask for a round.
  for (const skipped of await loadStoredSchedules(options.storage)) {
    app.log.warn(skipped, SCHEDULE_MESSAGES.storedInvalid);
  }

  // No tables are computed per submission: viewers see only frozen releases (issue 14), which
  // are computed once, when an admin creates one (aggregation/create-release.ts).
  const ctx: RouteContext = {
    storage: options.storage,
    now: options.now ?? (() => new Date()),
    secureCookies: options.secureCookies ?? "auto",
    sessionHours: options.sessionHours ?? 8,
    loginRateLimit: loginLimits(options.loginRateLimit),
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
  installDbSafeInput(app);
  await app.register(rateLimit, { global: false, errorResponseBuilder: loginRateLimited });

  for (const routes of [
    homeRoutes,
    authRoutes,
    userRoutes,
    tokenRoutes,
    accountRoutes,
    auditLogRoutes,
    submissionRoutes,
    importRoutes,
    summaryRoutes,
    releaseRoutes,
    reportRoutes,
    planRoutes,
    scheduleRoutes,
    benchmarkRoutes,
  ]) {
    await app.register(async (scope) => routes(scope, ctx));
  }
  await app.register(async (scope) => webPages(scope));
  await app.ready();
  return app;
}

/**
 * A hop count as the function Fastify builds from a number itself (its types take no number):
 * the socket's peer is hop 0, each trusted proxy one more; X-Forwarded-For entries beyond the
 * trusted hops are the client's own words and never become request.ip.
 */
function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | TrustProxyFunction {
  if (trust === false) return false;
  if (typeof trust === "number") return (_address, hop) => hop < trust;
  return [...trust];
}

function loginLimits(limit: LoginRateLimit | undefined): Required<LoginRateLimit> {
  const { max, timeWindowMs, maxPerUsername } = limit ?? { max: 10, timeWindowMs: 60_000 };
  return { max, timeWindowMs, maxPerUsername: maxPerUsername ?? 3 * max };
}
