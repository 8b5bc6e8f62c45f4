import {
  CONTENT_SECURITY_POLICY,
  allowedOriginsFrom,
} from "../../dashboard/server/http/security-headers";
import { makeRecord } from "./support/records";
import { pgliteAppWithToken } from "./support/suite-app";
import { startTestApp } from "./support/test-app";

jest.setTimeout(60_000);

/** Security headers and CORS do not depend on the database: PGlite only. */
describe("security headers and CORS", () => {
  const suite = pgliteAppWithToken();

  it.each([
    ["an API answer", "/api/health"],
    ["an error", "/api/nothing-here"],
    ["an unauthenticated API call", "/api/summary?fiscalYear=2025"],
  ])("sets the headers on %s", async (_name, url) => {
    const response = await suite.t.app.inject({ method: "GET", url });
    expect(response.headers).toMatchObject({
      "content-security-policy": CONTENT_SECURITY_POLICY,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "x-frame-options": "DENY",
      "cross-origin-opener-policy": "same-origin",
      "cache-control": "no-store",
    });
    // Plain http: HSTS would be ignored by browsers and would be wrong on a loopback install.
    expect(response.headers["strict-transport-security"]).toBeUndefined();
  });

  it("the CSP allows scripts from this origin only, inline styles for Griffel, no framing", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
  });

  it("sets HSTS only over https (behind a trusted proxy)", async () => {
    const proxied = await startTestApp("pglite", { trustProxy: 1 });
    try {
      const response = await proxied.app.inject({
        method: "GET",
        url: "/api/health",
        headers: { "x-forwarded-proto": "https" },
      });
      expect(response.headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
    } finally {
      await proxied.close();
    }
  });

  it("keeps a route's own stricter CSP (the printable report page)", async () => {
    const response = await suite.t.app.inject({
      method: "GET",
      url: "/api/report?fiscalYear=2025&format=html",
      headers: { cookie: suite.t.cookie.policy },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
  });

  describe("CORS on POST /api/submissions", () => {
    const preflight = (origin: string | undefined) =>
      suite.t.app.inject({
        method: "OPTIONS",
        url: "/api/submissions",
        headers: {
          ...(origin ? { origin } : {}),
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, content-type",
        },
      });
    const submit = (origin: string) =>
      suite.t.app.inject({
        method: "POST",
        url: "/api/submissions",
        headers: { origin, authorization: `Bearer ${suite.bearer}` },
        payload: makeRecord(),
      });

    it("answers the add-in's preflight: POST with Authorization and content-type, no credentials", async () => {
      const response = await preflight("https://localhost:3000");
      expect(response.statusCode).toBe(204);
      expect(response.headers).toMatchObject({
        "access-control-allow-origin": "https://localhost:3000",
        "access-control-allow-methods": "POST",
        "access-control-allow-headers": "authorization, content-type",
      });
      expect(response.headers["access-control-allow-credentials"]).toBeUndefined();
    });

    it("refuses a preflight from any other origin, naming it", async () => {
      for (const origin of [
        "https://evil.example",
        "null",
        "https://localhost:3000.evil.example",
      ]) {
        const response = await preflight(origin);
        expect(response.statusCode).toBe(403);
        expect(response.headers["access-control-allow-origin"]).toBeUndefined();
        expect(response.json().error.messageEn).toContain(origin);
      }
    });

    it("lets the allowed origin read the answer, not another", async () => {
      const allowed = await submit("https://localhost:3000");
      expect(allowed.statusCode).toBe(201);
      expect(allowed.headers["access-control-allow-origin"]).toBe("https://localhost:3000");
      expect(allowed.headers["vary"]).toContain("Origin");
      const denied = await submit("https://evil.example");
      expect(denied.headers["access-control-allow-origin"]).toBeUndefined();
    });

    it("never opens the cookie-authenticated routes to another origin", async () => {
      const response = await suite.t.app.inject({
        method: "GET",
        url: "/api/summary?fiscalYear=2025",
        headers: { origin: "https://localhost:3000", cookie: suite.t.cookie.admin },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers["access-control-allow-origin"]).toBeUndefined();
      const login = await suite.t.app.inject({
        method: "OPTIONS",
        url: "/api/login",
        headers: { origin: "https://localhost:3000", "access-control-request-method": "POST" },
      });
      expect(login.headers["access-control-allow-origin"]).toBeUndefined();
    });

    it("reads KATSUYAKU_ALLOWED_ORIGINS (comma-separated; default the add-in's dev origin)", () => {
      expect(allowedOriginsFrom({})).toEqual(["https://localhost:3000"]);
      expect(
        allowedOriginsFrom({
          KATSUYAKU_ALLOWED_ORIGINS: " https://addin.example.jp/ ,https://localhost:3000",
        }),
      ).toEqual(["https://addin.example.jp", "https://localhost:3000"]);
    });
  });
});
