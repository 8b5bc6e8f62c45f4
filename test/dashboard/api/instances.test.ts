import { buildApp } from "../../../dashboard/server/app";
import { makeRecord } from "../support/records";
import { FAST_SCRYPT, login, sessionCookie, startTestApp, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(60_000);

/** Two server instances on one PostgreSQL, each with its own pool: no state may live in either. */
const POSTGRES = DRIVERS.filter((d) => d === "pg");

(POSTGRES.length > 0 ? describe.each(POSTGRES) : describe.skip.each(["pg" as const]))(
  "two instances on one database (%s)",
  (driver) => {
    let t: TestApp;
    let other: Awaited<ReturnType<typeof buildApp>>;
    beforeAll(async () => {
      t = await startTestApp(driver);
      other = await buildApp({
        storage: await t.db.secondInstance!(),
        passwordHashing: FAST_SCRYPT,
      });
    });
    afterAll(async () => {
      await other?.close();
      await t?.close();
    });

    it("a session opened on one instance works on the other, and logout on either ends it", async () => {
      const cookie = sessionCookie(await login(t.app, "policy"));
      const me = (app: typeof other) =>
        app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
      expect((await me(other)).statusCode).toBe(200);
      await other.inject({ method: "POST", url: "/api/logout", headers: { cookie } });
      expect((await me(t.app)).statusCode).toBe(401);
    });

    it("a token issued on one instance submits on the other; a retry there is idempotent", async () => {
      const token = await t.token(2025, 1);
      const record = makeRecord();
      const send = (app: typeof other) =>
        app.inject({
          method: "POST",
          url: "/api/submissions",
          headers: { authorization: `Bearer ${token}` },
          payload: record,
        });
      const [a, b] = await Promise.all([send(other), send(t.app)]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
    });

    it("both instances publish the same summary", async () => {
      const get = (app: typeof other) =>
        app.inject({
          method: "GET",
          url: "/api/summary?fiscalYear=2025",
          headers: { cookie: t.cookie.admin },
        });
      expect((await get(other)).json()).toEqual((await get(t.app)).json());
    });
  },
);
