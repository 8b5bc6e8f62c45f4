import { login, PASSWORD, sessionCookie, startTestApp, type TestApp } from "./support/test-app";
import { DRIVERS } from "./support/test-database";

jest.setTimeout(60_000);

describe.each(DRIVERS)("sessions on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(async () => t?.close());

  const me = (cookie: string) =>
    t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });

  it("sets the session cookie HttpOnly, SameSite=Strict, path /, with an expiry", async () => {
    const response = await login(t.app, "foundation");
    const header = String(response.headers["set-cookie"]);
    expect(header).toMatch(/^katsuyaku_session=[^;]{32,};/);
    expect(header).toMatch(/;\s*HttpOnly/i);
    expect(header).toMatch(/;\s*SameSite=Strict/i);
    expect(header).toMatch(/;\s*Path=\//i);
    expect(header).toMatch(/;\s*Max-Age=\d+/i);
  });

  it("rotates the id on every login and ends the session the browser held", async () => {
    const first = sessionCookie(await login(t.app, "policy"));
    const second = sessionCookie(
      await t.app.inject({
        method: "POST",
        url: "/api/login",
        headers: { cookie: first },
        payload: { username: "policy", password: PASSWORD },
      }),
    );
    expect(second).not.toBe(first);
    expect((await me(second)).statusCode).toBe(200);
    expect((await me(first)).statusCode).toBe(401);
  });

  it("logout kills the session on the server: the old cookie is worthless afterwards", async () => {
    const cookie = sessionCookie(await login(t.app, "admin"));
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await t.app.inject({ method: "POST", url: "/api/logout", headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers["set-cookie"])).toMatch(/Max-Age=0/);
    // A client that ignores the clearing Set-Cookie replays the old value: still refused.
    expect((await me(cookie)).statusCode).toBe(401);
    const summary = await t.app.inject({
      method: "GET",
      url: "/api/summary?fiscalYear=2025",
      headers: { cookie },
    });
    expect(summary.statusCode).toBe(401);
  });
});

describe("login brute force", () => {
  let t: TestApp;
  beforeAll(async () => {
    // startTestApp logs in three users: those count against the limit of the same address too.
    t = await startTestApp("pglite", { loginRateLimit: { max: 8, timeWindowMs: 60_000 } });
  });
  afterAll(async () => t?.close());

  it("answers 429 after the per-address limit, even for the right password", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await login(t.app, "admin", `wrong password ${i}`);
      statuses.push(response.statusCode);
    }
    expect(statuses).toContain(401);
    expect(statuses.slice(-3)).toEqual([429, 429, 429]);
    const right = await login(t.app, "admin");
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe("RATE_LIMITED");
    expect(right.headers["set-cookie"]).toBeUndefined();
  });

  it("does not limit other addresses", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/login",
      remoteAddress: "192.0.2.10",
      payload: { username: "admin", password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
  });
});
