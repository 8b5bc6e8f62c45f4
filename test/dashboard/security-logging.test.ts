import { Writable } from "node:stream";
import { serverLoggerOptions } from "../../dashboard/server/http/log-options";
import { makeRecord } from "./support/records";
import { submitAlteredRecord } from "./support/submit-record";
import { login, PASSWORD, sessionCookie, startTestApp, type TestApp } from "./support/test-app";

jest.setTimeout(60_000);

/**
 * What the server writes down: its log (Fastify's logger at "info", as main.ts runs it) and
 * its tables. Neither may hold a password, a token, a session id, a typed username or a
 * record's content; records hold exactly the schema's fields.
 */
describe("nothing secret or personal in the log or the database", () => {
  let t: TestApp;
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString("utf8"));
      done();
    },
  });
  beforeAll(async () => {
    t = await startTestApp("pglite", { logger: serverLoggerOptions("info", stream) });
  });
  afterAll(async () => t?.close());

  const TYPED_USERNAME = "yamada.hanako.personal";
  const WRONG_PASSWORD = "hunter2-wrong-password-typed";
  const EDITED_TEXT = "編集した実績の本文（ログに出ない）";

  it("logs requests without secrets, usernames or record content", async () => {
    const token = await t.token(2025, 1);
    const record = makeRecord((r) => {
      r.counts.application.employees = { women: 4321, men: 8765 };
    });
    const cookie = sessionCookie(await login(t.app, "policy"));
    await login(t.app, TYPED_USERNAME, WRONG_PASSWORD);
    await t.app.inject({
      method: "POST",
      url: "/api/submissions",
      headers: { authorization: `Bearer ${token}` },
      payload: record,
    });
    await t.app.inject({
      method: "PUT",
      url: "/api/report/texts",
      headers: { cookie },
      payload: { fiscalYear: 2025, items: [{ id: "8", text: EDITED_TEXT, version: 0 }] },
    });
    await t.app.inject({ method: "POST", url: "/api/logout", headers: { cookie } });

    const log = lines.join("");
    expect(log).toContain("/api/submissions"); // the capture works: requests are logged
    // No client address: app.inject comes from 127.0.0.1, which Fastify logs by default.
    expect(log).not.toContain("remoteAddress");
    expect(log).not.toContain("127.0.0.1");
    // Timestamps, durations and the pid are digits that can contain "8765" by chance (a
    // flaky failure once): blank them before looking for the record's numbers.
    const withoutClock = log.replace(/"(time|responseTime|pid)":[0-9.e+-]+/g, '"$1":0');
    for (const secret of [
      PASSWORD,
      WRONG_PASSWORD,
      TYPED_USERNAME,
      token,
      token.slice(3, 20),
      cookie.split("=")[1]!,
      EDITED_TEXT,
      "8765",
      "4321",
    ]) {
      expect({ secret, found: withoutClock.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it("stores no typed username, password, token or session id in any table", async () => {
    const token = await t.token(2025, 1);
    await login(t.app, TYPED_USERNAME, WRONG_PASSWORD);
    const cookieValue = sessionCookie(await login(t.app, "admin")).split("=")[1]!;
    const dump = JSON.stringify(
      await Promise.all(
        ["users", "sessions", "submit_tokens", "audit_log", "records", "report_texts"].map(
          (table) => t.db.client.query(`SELECT * FROM ${table}`),
        ),
      ),
    );
    for (const secret of [PASSWORD, WRONG_PASSWORD, TYPED_USERNAME, token, cookieValue]) {
      expect({ secret, found: dump.includes(secret) }).toEqual({ secret, found: false });
    }
  });

  it.each([
    [
      "at the top",
      (r: Record<string, unknown>) => (r["employeeName"] = "山田 花子"),
      "employeeName",
    ],
    [
      "inside counts",
      (r: Record<string, unknown>) =>
        ((r["counts"] as Record<string, Record<string, unknown>>)["report"]!["names"] = ["山田"]),
      "counts.report",
    ],
    [
      "inside wageGap",
      (r: Record<string, unknown>) =>
        ((r["wageGap"] as Record<string, unknown>)["byPerson"] = { 山田: 1 }),
      "wageGap",
    ],
  ])("refuses a record with an unknown field %s (400, naming it)", async (_where, add, path) => {
    const response = await submitAlteredRecord(t, add);
    expect(response.statusCode).toBe(400);
    const error = response.json().error as { fields: { path: string; messageEn: string }[] };
    expect(error.fields.map((f) => `${f.path} ${f.messageEn}`).join("\n")).toContain(path);
    expect(JSON.stringify(error)).toMatch(/employeeName|names|byPerson/);
  });
});
