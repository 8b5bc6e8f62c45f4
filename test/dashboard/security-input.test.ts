import type { LightMyRequestResponse } from "fastify";
import { makeRecord } from "./support/records";
import { submitAlteredRecord } from "./support/submit-record";
import { login, PASSWORD, sessionCookie, startTestApp, type TestApp } from "./support/test-app";
import { DRIVERS } from "./support/test-database";

jest.setTimeout(90_000);

const NUL = "a\u0000b";
const LONE_HIGH = "a\ud800b";
const LONE_LOW = "\udc00";

const fieldsOf = (response: LightMyRequestResponse) =>
  (response.json().error.fields as { path: string; code: string; messageJa: string }[]) ?? [];

/** 400, not 500, and the field at fault is named (with a Japanese message). */
function expectNamed(response: LightMyRequestResponse, path: string): void {
  expect({ status: response.statusCode, body: response.json() }).toMatchObject({ status: 400 });
  const field = fieldsOf(response).find((f) => f.path === path);
  expect(field).toBeDefined();
  expect(field!.messageJa.length).toBeGreaterThan(0);
}

describe.each(DRIVERS)("what PostgreSQL cannot store is a 400 naming the field on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(async () => t?.close());

  const putTexts = (payload: unknown) =>
    t.app.inject({
      method: "PUT",
      url: "/api/report/texts",
      headers: { cookie: t.cookie.policy },
      payload: payload as object,
    });

  it.each([NUL, LONE_HIGH, LONE_LOW])("login user name %j (unauthenticated)", async (username) => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username, password: "whatever password" },
    });
    expectNamed(response, "username");
  });

  it.each([NUL, LONE_HIGH])("a password %j is refused before any lookup", async (password) => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/login",
      payload: { username: "admin", password },
    });
    expectNamed(response, "password");
  });

  it.each([NUL, LONE_HIGH])("a token label %j", async (label) => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { cookie: t.cookie.admin },
      payload: { fiscalYear: 2025, round: 1, label },
    });
    expectNamed(response, "label");
  });

  it.each([NUL, LONE_HIGH, LONE_LOW])("a report text %j", async (text) => {
    expectNamed(
      await putTexts({ fiscalYear: 2025, items: [{ id: "19", text, version: 0 }] }),
      "items.0.text",
    );
  });

  it("a NUL in an object key is named too (escaped)", async () => {
    const response = await putTexts({ fiscalYear: 2025, items: [{ id: "19", "x\u0000": 1 }] });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response).map((f) => f.path)).toContain("items.0.x\\u0000");
  });

  it("a NUL in the query string", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/audit-log?limit=1%00",
      headers: { cookie: t.cookie.admin },
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response).map((f) => f.path)).toContain("limit");
  });

  it.each([
    ["items.0.version", { fiscalYear: 2025, items: [{ id: "19", text: "x", version: 1e15 }] }],
    ["items.0.version", { fiscalYear: 2025, items: [{ id: "19", text: "x", version: 2 ** 31 }] }],
    ["fiscalYear", { fiscalYear: 1e15, items: [{ id: "19", text: "x", version: 0 }] }],
    ["fiscalYear", { fiscalYear: -(2 ** 31) - 1, items: [{ id: "19", text: "x", version: 0 }] }],
  ])("an integer past its column (%s)", async (path, payload) => {
    expectNamed(await putTexts(payload), path);
  });

  it("the edge of int4 itself is no 500 either (a stale version: 409)", async () => {
    const response = await putTexts({
      fiscalYear: 2025,
      items: [{ id: "19", text: "x", version: 2 ** 31 - 1 }],
    });
    expect(response.statusCode).toBe(409);
  });

  it("a record with NUL in a code is a 400 naming it", async () => {
    const response = await submitAlteredRecord(t, (r) => (r["industry"] = "E\u0000"));
    expectNamed(response, "industry");
  });
});

describe.each(DRIVERS)("implausible record figures are refused on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(async () => t?.close());

  type Put = (r: ReturnType<typeof makeRecord>) => void;
  it.each<[string, Put]>([
    ["wageGap.all", (r) => (r.wageGap.all = 1e300)],
    ["wageGap.regular", (r) => (r.wageGap.regular = 1000.1)],
    ["wageGap.nonRegular", (r) => (r.wageGap.nonRegular = 5000)],
    ["counts.report.employees.women", (r) => (r.counts.report.employees.women = 10_001)],
    ["counts.application.managers.men", (r) => (r.counts.application.managers.men = 99_999)],
    ["categories.total", (r) => (r.categories.total = 50_000)],
    ["training.total", (r) => (r.training.total = 20_000)],
  ])("%s out of range: 400 naming it", async (path, put) => {
    const response = await submitAlteredRecord(t, (r) => put(r as ReturnType<typeof makeRecord>));
    expectNamed(response, path);
  });

  it("the edges themselves are stored (1,000 %, 10,000 people)", async () => {
    const response = await submitAlteredRecord(t, (record) => {
      const r = record as ReturnType<typeof makeRecord>;
      r.wageGap.all = 1000;
      r.counts.report.employees.men = 10_000;
      r.training.total = 10_000;
    });
    expect(response.statusCode).toBe(201);
  });
});

describe.each(DRIVERS)("logout ends the session whatever the body on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(async () => t?.close());

  it.each([
    ["text/plain (navigator.sendBeacon)", "text/plain;charset=UTF-8", "bye"],
    ["a form", "application/x-www-form-urlencoded", "a=1&b=2"],
    [
      "multipart",
      "multipart/form-data; boundary=XyZ",
      '--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--XyZ--\r\n',
    ],
    ["broken JSON", "application/json", "{not json"],
    ["an unknown type", "application/x-katsuyaku", "\u0000\u0001"],
    ["an empty JSON body", "application/json", ""],
  ])("%s", async (_name, contentType, body) => {
    const cookie = sessionCookie(await login(t.app, "foundation", PASSWORD));
    const out = await t.app.inject({
      method: "POST",
      url: "/api/logout",
      headers: { cookie, "content-type": contentType },
      payload: body,
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers["set-cookie"])).toMatch(/Max-Age=0/);
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });
});
