import { buildApp } from "../../../dashboard/server/app";
import {
  FAST_SCRYPT,
  PASSWORD,
  login,
  sessionCookie,
  startTestApp,
  type TestApp,
} from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(60_000);

const setCookieOf = (headers: Record<string, unknown>) => String(headers["set-cookie"] ?? "");

describe.each(DRIVERS)("login, sessions and users on %s", (driver) => {
  let t: TestApp;
  let clock = new Date();
  beforeAll(async () => {
    t = await startTestApp(driver, { now: () => clock, sessionHours: 8 });
  });
  afterAll(async () => t?.close());

  it("sets an HttpOnly, SameSite=Strict session cookie; Secure only over https by default", async () => {
    const response = await login(t.app, "policy");
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ username: "policy", role: "policy" });
    const cookie = setCookieOf(response.headers);
    expect(cookie).toMatch(/^katsuyaku_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Secure");
  });

  it("marks the cookie Secure behind an https proxy (trustProxy) or when configured", async () => {
    const proxied = await buildApp({
      storage: t.db.storage,
      trustProxy: 1,
      passwordHashing: FAST_SCRYPT,
    });
    const viaHttps = await proxied.inject({
      method: "POST",
      url: "/api/login",
      headers: { "x-forwarded-proto": "https" },
      payload: { username: "policy", password: PASSWORD },
    });
    expect(setCookieOf(viaHttps.headers)).toContain("Secure");
    await proxied.close();
    const always = await buildApp({
      storage: t.db.storage,
      secureCookies: true,
      passwordHashing: FAST_SCRYPT,
    });
    expect(setCookieOf((await login(always, "policy")).headers)).toContain("Secure");
    await always.close();
  });

  it("refuses wrong passwords and unknown users alike, and logs it without the typed name", async () => {
    const wrong = await login(t.app, "policy", "not the password");
    const unknown = await login(t.app, "nobody-like-this", "whatever it is");
    for (const response of [wrong, unknown]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: {
          code: "LOGIN_FAILED",
          messageJa: "ユーザー名またはパスワードが違います。",
          messageEn: "Wrong username or password.",
        },
      });
      expect(response.headers["set-cookie"]).toBeUndefined();
    }
    const audit = JSON.stringify(await t.db.storage.listAudit(50));
    expect(audit).toContain("login.failure");
    expect(audit).not.toContain("nobody-like-this");
    expect(audit).not.toContain("not the password");
  });

  it("rotates the session id at login: the session held before is ended", async () => {
    const first = sessionCookie(await login(t.app, "foundation"));
    const again = await t.app.inject({
      method: "POST",
      url: "/api/login",
      headers: { cookie: first },
      payload: { username: "foundation", password: PASSWORD },
    });
    const second = sessionCookie(again);
    expect(second).not.toBe(first);
    const me = (cookie: string) =>
      t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(second)).json()).toEqual({ username: "foundation", role: "foundation" });
  });

  it("logout deletes the session on the server, not just the cookie", async () => {
    const cookie = sessionCookie(await login(t.app, "admin"));
    const out = await t.app.inject({ method: "POST", url: "/api/logout", headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(setCookieOf(out.headers)).toContain("Max-Age=0");
    const replay = await t.app.inject({ method: "GET", url: "/api/users", headers: { cookie } });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  });

  it("expires sessions after the configured hours", async () => {
    const cookie = sessionCookie(await login(t.app, "policy"));
    const me = () => t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect((await me()).statusCode).toBe(200);
    const before = clock;
    clock = new Date(clock.getTime() + 8 * 3600_000 + 1000);
    expect((await me()).statusCode).toBe(401);
    clock = before; // the other tests' sessions were opened at the earlier time
  });

  it("ignores garbage cookies instead of failing", async () => {
    for (const cookie of [
      "katsuyaku_session=%E0%A4%A",
      "katsuyaku_session=" + "x".repeat(5000),
      "a=b; c",
    ]) {
      const response = await t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
      expect(response.statusCode).toBe(401);
    }
  });

  it("rate-limits login attempts per client (JSON 429)", async () => {
    const limited = await buildApp({
      storage: t.db.storage,
      passwordHashing: FAST_SCRYPT,
      loginRateLimit: { max: 3, timeWindowMs: 60_000 },
    });
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await login(limited, "policy", "guess " + i)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const blocked = await login(limited, "policy");
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    expect(blocked.json().error.messageJa).toContain("しばらく待って");
    await limited.close();
  });

  it.each([
    ["missing password", { username: "policy" }],
    ["wrong types", { username: 1, password: true }],
    ["an extra field", { username: "policy", password: PASSWORD, remember: true }],
    ["an array", []],
  ])("answers a login body with %s with 400 and the fields", async (_name, payload) => {
    const response = await t.app.inject({ method: "POST", url: "/api/login", payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("VALIDATION_FAILED");
    expect(response.json().error.fields.length).toBeGreaterThan(0);
  });

  it("refuses non-JSON, broken JSON and oversized login bodies without a 500", async () => {
    const post = (payload: string, contentType: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/login",
        payload,
        headers: { "content-type": contentType },
      });
    expect((await post("username=admin", "application/x-www-form-urlencoded")).statusCode).toBe(
      415,
    );
    expect((await post("admin", "text/plain")).statusCode).toBe(415);
    expect((await post("{not json", "application/json")).statusCode).toBe(400);
    expect((await post('{"__proto__": {"admin": true}}', "application/json")).statusCode).toBe(400);
    expect((await post("", "application/json")).statusCode).toBe(400);
    const huge = JSON.stringify({ username: "a", password: "x".repeat(70_000) });
    const tooBig = await post(huge, "application/json");
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  describe("POST /api/users", () => {
    const create = (payload: object) =>
      t.app.inject({
        method: "POST",
        url: "/api/users",
        headers: { cookie: t.cookie.admin },
        payload,
      });

    it("creates a user who can then log in with that role", async () => {
      const created = await create({
        username: "tanaka.h",
        password: "twelve chars ok",
        role: "foundation",
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({ username: "tanaka.h", role: "foundation" });
      expect(created.json()).not.toHaveProperty("passwordHash");
      const session = await login(t.app, "tanaka.h", "twelve chars ok");
      expect(session.json()).toEqual({ username: "tanaka.h", role: "foundation" });
      const users = await t.app.inject({
        method: "GET",
        url: "/api/users",
        headers: { cookie: t.cookie.admin },
      });
      expect(JSON.stringify(users.json())).not.toContain("scrypt$");
    });

    it("stores scrypt hashes, never the password", async () => {
      const stored = await t.db.storage.findUserByUsername("tanaka.h");
      expect(stored?.passwordHash).toMatch(/^scrypt\$\d+\$8\$1\$/);
      expect(stored?.passwordHash).not.toContain("twelve chars ok");
    });

    it("answers a taken username with 409", async () => {
      const again = await create({
        username: "tanaka.h",
        password: "another password",
        role: "policy",
      });
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({
        error: { code: "USERNAME_TAKEN", fields: [{ path: "username" }] },
      });
    });

    it.each([
      ["a short password", { username: "suzuki", password: "short", role: "policy" }, "password"],
      [
        "an unknown role",
        { username: "suzuki", password: "long enough pass", role: "submitter" },
        "role",
      ],
      [
        "a username with spaces",
        { username: "su zuki", password: "long enough pass", role: "policy" },
        "username",
      ],
    ])("answers %s with 400 naming the field", async (_name, payload, field) => {
      const response = await create(payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
    });
  });

  it("sends security headers and keeps API answers out of caches", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { cookie: t.cookie.admin },
    });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });

  it("serves the Japanese web pages at / (or says how to build them)", async () => {
    const page = await t.app.inject({ method: "GET", url: "/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain('lang="ja"');
    // `npm test` builds dist/dashboard first; a bare jest run without a build gets the notice.
    expect(page.body).toMatch(/id="root"|npm run build/);
  });

  it("answers unknown routes with a JSON 404", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: "NOT_FOUND" });
  });
});
