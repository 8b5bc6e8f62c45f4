import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { SESSION_COOKIE } from "../../dashboard/server/auth/session-cookie";
import { makeRecord } from "../dashboard/support/records";
import { startTestApp, type TestApp } from "../dashboard/support/test-app";
import { DRIVERS } from "../dashboard/support/test-database";

jest.setTimeout(90_000);

/**
 * Random JSON bodies and query strings to every API route, as every kind of caller: never a
 * 500, and every 4xx says what went wrong (code + both messages), and a validation failure
 * says where (a field path for each problem).
 */
type Caller = "anonymous" | "admin" | "foundation" | "policy" | "submitter";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
const ROUTES: { method: Method; url: string; body: boolean }[] = [
  { method: "POST", url: "/api/login", body: true },
  { method: "GET", url: "/api/me", body: false },
  { method: "POST", url: "/api/users", body: true },
  { method: "GET", url: "/api/users", body: false },
  { method: "POST", url: "/api/tokens", body: true },
  { method: "GET", url: "/api/tokens", body: false },
  { method: "DELETE", url: "/api/tokens/", body: false },
  { method: "POST", url: "/api/submissions", body: true },
  { method: "POST", url: "/api/imports", body: true },
  { method: "GET", url: "/api/summary", body: false },
  { method: "GET", url: "/api/report", body: false },
  { method: "GET", url: "/api/report/texts", body: false },
  { method: "PUT", url: "/api/report/texts", body: true },
  { method: "GET", url: "/api/health", body: false },
  { method: "PATCH", url: "/api/users/:id", body: true },
  { method: "POST", url: "/api/users/:id/password", body: false },
  { method: "DELETE", url: "/api/users/:id", body: false },
  { method: "GET", url: "/api/audit-log", body: false },
];

/** What PostgreSQL cannot store (NUL, lone surrogates) and what breaks naive code. */
const HOSTILE_STRINGS = [
  "a\u0000b",
  "\u0000",
  "a\ud800b",
  "\udc00",
  "\ud800",
  "x\udbff",
  "\ufffe",
  "=1+1\n",
  "",
  "x".repeat(5000),
];

/** The edges of every column type the dashboard stores (int2/int4/int8/float8/numeric). */
const EDGE_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  32_767,
  32_768,
  -32_769,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  -(2 ** 31) - 1,
  2 ** 53 - 1,
  2 ** 53,
  -(2 ** 53),
  2 ** 63,
  1e15,
  1e300,
  1.7976931348623157e308,
  5e-324,
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ unit: fc.constantFrom("\u0000", "\ud800", "\udfff", "a", "="), maxLength: 8 }),
);
const edgeValue = fc.oneof(hostileString, fc.constantFrom(...EDGE_NUMBERS));

/** A valid body of each route, to be broken in one place. */
const VALID_BODIES: (() => unknown)[] = [
  () => ({ username: "admin", password: "not the password" }),
  () => ({ username: "fuzzuser", password: "a long enough password", role: "policy" }),
  () => ({ fiscalYear: 2025, round: 1, label: "label" }),
  () => ({ fiscalYear: 2025, items: [{ id: "19", text: "text", version: 0 }] }),
  () => ({ role: "policy", disabled: false }),
  () => makeRecord(),
];

/** Every path to a leaf (and to the object keys themselves) of a JSON value. */
function leafPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  if (typeof value === "object" && value !== null)
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

function replaced(value: unknown, path: readonly (string | number)[], leaf: unknown): unknown {
  if (path.length === 0) return leaf;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = replaced(copy[head!], rest, leaf);
  return copy;
}

/** A valid body with one leaf (or one key, as a hostile string key) made hostile. */
const nearValidBody = fc
  .tuple(fc.constantFrom(...VALID_BODIES), fc.nat(), edgeValue, fc.boolean(), hostileString)
  .map(([make, pick, leaf, asKey, key]) => {
    const valid = make();
    if (asKey) return { ...(valid as object), [key]: 1 };
    const paths = leafPaths(valid);
    return replaced(valid, paths[pick % paths.length]!, leaf);
  });

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
  fc.jsonValue({ stringUnit: "binary" }).map((v) => JSON.stringify(v)),
  nearValidBody.map((v) => JSON.stringify(v)),
  nearValidBody.map((v) => JSON.stringify(v)),
  nearRecord.map((v) => JSON.stringify(v)),
  fc.array(nearRecord, { maxLength: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom(...RAW_BODIES),
);

const query = fc.oneof(
  fc.dictionary(fc.constantFrom("fiscalYear", "round", "format", "x", "__proto__"), fc.string()),
  fc.dictionary(
    fc.constantFrom("fiscalYear", "round", "format", "limit"),
    fc.oneof(hostileString, fc.constantFrom(...EDGE_NUMBERS).map(String)),
  ),
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

/** Ids for /api/users/:id: never the seeded foundation/policy users (2, 3) whose sessions
 * the property uses, but the admin itself (1), unknown ones and the edges of the column. */
const userId = fc.oneof(
  fc.integer({ min: 100_000, max: 2 ** 33 }).map(String),
  fc.constantFrom(
    "1",
    "0",
    "-1",
    "2147483647",
    "2147483648",
    "999999999",
    "1e3",
    "%00",
    "%ED%A0%80",
  ),
  fc.string({ maxLength: 12 }).filter((v) => !/^0*[23]$/.test(v)),
);

describe.each(DRIVERS)("fuzz on %s: every API route, every caller, random input", (driver) => {
  let app: { t: TestApp; bearer: string } | undefined;
  beforeAll(async () => {
    const t = await startTestApp(driver);
    app = { t, bearer: await t.token(2025, 1) };
  });
  afterAll(async () => app?.t.close());
  const suite = {
    get t() {
      return app!.t;
    },
    get bearer() {
      return app!.bearer;
    },
  };

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
        userId,
        async (route, caller, payload, q, contentType, id, user) => {
          const params = new URLSearchParams(q as Record<string, string>).toString();
          const url =
            route.url === "/api/tokens/"
              ? `${route.url}${encodeURIComponent(id)}`
              : route.url.includes(":id")
                ? route.url.replace(":id", user.startsWith("%") ? user : encodeURIComponent(user))
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
      { numRuns: 900 },
    );
    console.log(`API fuzz (${driver}): ${requests} requests, none answered 500`);
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
