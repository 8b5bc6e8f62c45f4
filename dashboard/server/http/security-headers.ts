import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { apiError } from "./api-error";
import { HTTP_MESSAGES } from "../messages/http";

/**
 * Security headers on every answer, and CORS for exactly one route.
 *
 * CSP: scripts only from this origin; styles also inline because Fluent UI (Griffel) injects
 * <style> elements at run time; images also as data: URLs (chart exports, icons). A route that
 * sets its own, stricter CSP (the printable report, the placeholder page) keeps it.
 *
 * CORS: only POST /api/submissions is reachable from another origin — the Excel add-in's task
 * pane (https://localhost:<ADDIN_PORT>, 3000 by default) posts records with a bearer token. Never with
 * credentials: the session cookie must never travel cross-origin, so every other route stays
 * same-origin only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = ["https://localhost:3000"];

/** The dev pane's origin on ADDIN_PORT (npm start's), else DEFAULT_ALLOWED_ORIGINS. */
export function defaultAllowedOrigins(env: NodeJS.ProcessEnv): readonly string[] {
  const port = env["ADDIN_PORT"]?.trim();
  return port !== undefined && /^\d{1,5}$/.test(port)
    ? [`https://localhost:${Number(port)}`]
    : DEFAULT_ALLOWED_ORIGINS;
}

const CORS_PATH = "/api/submissions";

/** KATSUYAKU_ALLOWED_ORIGINS, comma-separated; exact origins (scheme://host[:port]). */
export function allowedOriginsFrom(env: NodeJS.ProcessEnv): readonly string[] {
  const raw = env["KATSUYAKU_ALLOWED_ORIGINS"];
  if (raw === undefined || raw.trim() === "") return defaultAllowedOrigins(env);
  return raw
    .split(",")
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter((origin) => origin !== "");
}

/** Public and cookie-free reads any task pane may make (the schedules, the peers' figures). */
const PUBLIC_READ_PATHS = new Set(["/api/schedules", "/api/benchmarks"]);

const pathOf = (request: FastifyRequest) => request.url.split("?")[0] ?? "";

export function installSecurityHeaders(
  app: FastifyInstance,
  allowedOrigins: readonly string[] = allowedOriginsFrom(process.env),
): void {
  const allowed = new Set(allowedOrigins);
  const originIfAllowed = (request: FastifyRequest): string | undefined => {
    const origin = request.headers.origin;
    return origin !== undefined && allowed.has(origin) ? origin : undefined;
  };

  app.addHook("onSend", async (request, reply, payload) => {
    setSecurityHeaders(request, reply);
    // Public and cookie-free: any task pane may read the fiscal years' schedules.
    if (PUBLIC_READ_PATHS.has(pathOf(request)) && request.method === "GET") {
      void reply.header("access-control-allow-origin", "*");
    }
    if (pathOf(request) === CORS_PATH) {
      // Caches must not hand one origin's answer to another.
      void reply.header("vary", "Origin");
      const origin = originIfAllowed(request);
      if (origin && request.method === "POST") {
        void reply.header("access-control-allow-origin", origin);
      }
    }
    return payload;
  });

  /** The preflight the browser sends before a cross-origin POST with Authorization. */
  app.options(CORS_PATH, async (request, reply) => {
    const origin = originIfAllowed(request);
    if (!origin) {
      throw apiError(
        403,
        "ORIGIN_NOT_ALLOWED",
        HTTP_MESSAGES.originNotAllowed(String(request.headers.origin ?? "(none)")),
      );
    }
    void reply
      .header("access-control-allow-origin", origin)
      .header("access-control-allow-methods", "POST")
      .header("access-control-allow-headers", "authorization, content-type")
      .header("access-control-max-age", "600");
    return reply.status(204).send();
  });
}

function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  if (!reply.hasHeader("content-security-policy")) {
    void reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
  }
  void reply.header("x-content-type-options", "nosniff");
  void reply.header("referrer-policy", "no-referrer");
  void reply.header("x-frame-options", "DENY");
  void reply.header("cross-origin-opener-policy", "same-origin");
  // Only over https: on plain http (loopback, tests) the header is ignored or would pin a host.
  if (request.protocol === "https") {
    void reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
  }
  if (pathOf(request).startsWith("/api/")) void reply.header("cache-control", "no-store");
}
