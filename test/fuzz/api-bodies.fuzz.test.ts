import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { SESSION_COOKIE } from "../../dashboard/server/auth/session-cookie";
import { makeRecord } from "../dashboard/support/records";
import { pgliteAppWithToken } from "../dashboard/support/suite-app";

jest.setTimeout(90_000);

/**
 * Random JSON bodies and query strings to every API route, as every kind of caller: never a
 * 500, and every 4xx says what went wrong (code + both messages), and a validation failure
 * says where (a field path for each problem).
 */
type Caller = "anonymous" | "admin" | "foundation" | "policy" | "submitter";

const ROUTES: { method: "GET" | "POST" | "PUT" | "DELETE"; url: string; body: boolean }[] = [
  { method: "POST", url: "/api/login", body: true },
  { method: "GET", url: "/api/me", body: false },
  { method: "POST", url: "/api/users", body: true },
  { method: "GET", url: "/api/users", body: false },
  { method: "POST", url: "/api/tokens", body: true },
  { method: "GET", url: "/api/tokens", body: false },
  { method: "DELETE", url: "/api/tokens/", body: false },
  { method: "POST", url: "/api/tokens/batch", body: true },
  { method: "GET", url: "/api/imports", body: false },
  { method: "DELETE", url: "/api/imports/", body: false },
  { method: "POST", url: "/api/releases", body: true },
  { method: "GET", url: "/api/releases", body: false },
  { method: "POST", url: "/api/submissions", body: true },
  { method: "POST", url: "/api/imports", body: true },
  { method: "GET", url: "/api/summary", body: false },
  { method: "GET", url: "/api/report", body: false },
  { method: "GET", url: "/api/report/texts", body: false },
  { method: "PUT", url: "/api/report/texts", body: true },
  { method: "GET", url: "/api/health", body: false },
];

/** JSON texts that JSON.stringify cannot produce: poisoned prototypes, huge numbers, depth. */
const RAW_BODIES = [
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '{"username":"admin","password":"x","__proto__":{"role":"admin"}}',
  '{"fiscalYear":1e400,"round":-1e400}',
  '{"fiscalYear":2025,"round":1,"label":"' + "x".repeat(70_000) + '"}',
  "[".repeat(5000) + "]".repeat(5000),
  '{"a":',
  "null",
  '"just a string"',
  "1e308",
  "\uFEFF{}",
];

/** A valid record with one field replaced by something random: close to right, but wrong. */
const nearRecord = fc
  .tuple(
    fc.constantFrom(
      "fiscalYear",
      "round",
      "sizeBand",
      "industry",
      "counts",
      "wageGap",
      "projectedGrantYen",
      "submissionId",
      "__proto__",
      "constructor",
      "toString",
    ),
    fc.jsonValue(),
  )
  .map(([key, value]) => ({ ...makeRecord(), [key]: value }));

const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  nearRecord.map((v) => JSON.stringify(v)),
  fc.array(nearRecord, { maxLength: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(...RAW_BODIES),
);

const query = fc.oneof(
  fc.dictionary(fc.constantFrom("fiscalYear", "round", "format", "x", "__proto__"), fc.string()),
  fc.record({
    fiscalYear: fc.oneof(fc.integer().map(String), fc.constantFrom("2025", "2031", "1e3", "")),
    format: fc.constantFrom("csv", "xlsx", "html", "pdf", ""),
  }),
);

function expectExplained(response: LightMyRequestResponse, what: string): void {
  expect({ what, status: response.statusCode }).toEqual({
    what,
    status: expect.any(Number) as number,
  });
  expect(response.statusCode).toBeLessThan(500);
  if (response.statusCode < 400) return;
  const error = (response.json() as { error: Record<string, unknown> }).error;
  expect(typeof error["code"]).toBe("string");
  expect(String(error["messageJa"]).length * String(error["messageEn"]).length).toBeGreaterThan(0);
  if (error["code"] === "VALIDATION_FAILED") {
    const fields = error["fields"] as { path: string; messageEn: string; messageJa: string }[];
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) {
      expect(typeof f.path).toBe("string");
      expect(f.messageEn.length * f.messageJa.length).toBeGreaterThan(0);
    }
  }
}

describe("fuzz: every API route, every caller, random input", () => {
  const suite = pgliteAppWithToken();

  const headersFor = (caller: Caller): Record<string, string> =>
    caller === "anonymous"
      ? {}
      : caller === "submitter"
        ? { authorization: `Bearer ${suite.bearer}` }
        : { cookie: suite.t.cookie[caller] };

  it("never answers 500; every refusal says what and where", async () => {
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        fc.constantFrom<Caller>("anonymous", "admin", "foundation", "policy", "submitter"),
        body,
        query,
        fc.constantFrom("application/json", "text/csv", "application/json; charset=utf-8"),
        fc.oneof(fc.nat().map(String), fc.string({ maxLength: 12 })),
        async (route, caller, payload, q, contentType, id) => {
          const params = new URLSearchParams(q as Record<string, string>).toString();
          const url =
            route.url === "/api/tokens/"
              ? `${route.url}${encodeURIComponent(id)}`
              : `${route.url}${params ? `?${params}` : ""}`;
          const response = await suite.t.app.inject({
            method: route.method,
            url,
            headers: {
              ...headersFor(caller),
              ...(route.body ? { "content-type": contentType } : {}),
            },
            ...(route.body ? { payload } : {}),
          });
          requests++;
          expectExplained(response, `${route.method} ${url} as ${caller}`);
        },
      ),
      { numRuns: 600 },
    );
    console.log(`API fuzz: ${requests} requests, none answered 500`);
  });

  // Apart from the others: a logout that works would end the sessions the property above uses.
  it("logout: random bodies, content types and cookies never get a 500; a real one ends the session", async () => {
    const cookie = fc.oneof(
      fc.constant(""),
      fc.string({ maxLength: 80 }).map((v) => `${SESSION_COOKIE}=${v}`),
      fc.string({ maxLength: 80 }),
    );
    await fc.assert(
      fc.asyncProperty(
        body,
        cookie,
        fc.constantFrom(
          "application/json",
          "text/csv",
          "text/plain",
          "application/x-www-form-urlencoded",
        ),
        async (payload, sentCookie, contentType) => {
          const response = await suite.t.app.inject({
            method: "POST",
            url: "/api/logout",
            headers: {
              "content-type": contentType,
              ...(sentCookie ? { cookie: sentCookie } : {}),
            },
            payload,
          });
          expectExplained(response, `POST /api/logout (${contentType}, cookie ${sentCookie})`);
        },
      ),
      { numRuns: 150 },
    );
    const policy = { cookie: suite.t.cookie.policy };
    expect(
      (await suite.t.app.inject({ method: "GET", url: "/api/me", headers: policy })).statusCode,
    ).toBe(200);
    const out = await suite.t.app.inject({
      method: "POST",
      url: "/api/logout",
      headers: { ...policy, "content-type": "application/json" },
      payload: JSON.stringify({ unexpected: "body" }),
    });
    expect(out.statusCode).toBe(204);
    expect(
      (await suite.t.app.inject({ method: "GET", url: "/api/me", headers: policy })).statusCode,
    ).toBe(401);
  });

  it("prototype keys never reach an object: the body is refused and nothing is polluted", async () => {
    for (const raw of RAW_BODIES.slice(0, 3)) {
      const response = await suite.t.app.inject({
        method: "POST",
        url: "/api/tokens",
        headers: { cookie: suite.t.cookie.admin, "content-type": "application/json" },
        payload: raw,
      });
      expect(response.statusCode).toBe(400);
    }
    expect(({} as Record<string, unknown>)["isAdmin"]).toBeUndefined();
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
