import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { buildApp } from "../../../dashboard/server/app";
import type { AppOptions } from "../../../dashboard/server/app-options";
import { hashPassword, type ScryptParams } from "../../../dashboard/server/auth/password";
import { SAMPLE_PLAN_ITEMS } from "../../../dashboard/server/annual-report/sample-plan";
import type { Role } from "../../../dashboard/server/storage/storage";
import { openTestDatabase, type DriverName, type TestDatabase } from "./test-database";

/**
 * fastify.inject() loads light-my-request, which require()s the ESM-only `cookie` package;
 * Jest's VM cannot require ESM on Node 20. light-my-request only needs it for the `cookies`
 * inject option, which these tests never use (they send a Cookie header).
 */
jest.mock("cookie", () => ({
  stringifySetCookie: () => {
    throw new Error("inject({ cookies }) is not supported in these tests; send a cookie header");
  },
}));

/** Cheap scrypt for tests only; production uses N = 2^15. */
export const FAST_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1 };
export const PASSWORD = "correct horse battery staple";

export interface TestApp {
  app: FastifyInstance;
  db: TestDatabase;
  /** session cookie header per role (users "admin", "foundation", "policy") */
  cookie: Record<Role, string>;
  /** a fresh submit token for a round (issued through the API by the admin) */
  token(fiscalYear: number, round: number): Promise<string>;
  /** empties the database and recreates users and sessions */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === "katsuyaku_session");
  if (!cookie)
    throw new Error(`no session cookie (status ${response.statusCode}): ${response.body}`);
  return `katsuyaku_session=${cookie.value}`;
}

export async function login(app: FastifyInstance, username: string, password = PASSWORD) {
  return app.inject({ method: "POST", url: "/api/login", payload: { username, password } });
}

export async function startTestApp(
  driver: DriverName,
  options: Partial<AppOptions> = {},
): Promise<TestApp> {
  const db = await openTestDatabase(driver);
  let app: FastifyInstance;
  try {
    app = await buildApp({
      storage: db.storage,
      passwordHashing: FAST_SCRYPT,
      loginRateLimit: { max: 10_000, timeWindowMs: 60_000 },
      ...options,
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const cookie = {} as Record<Role, string>;
  const seedUsers = async () => {
    // The annual report's plan items are data per year; tests report on the demo's sample.
    await db.storage.savePlanItems(2025, SAMPLE_PLAN_ITEMS, 0, null);
    for (const role of ["admin", "foundation", "policy"] as const) {
      await db.storage.createUser({
        username: role,
        passwordHash: await hashPassword(PASSWORD, FAST_SCRYPT),
        role,
      });
      cookie[role] = sessionCookie(await login(app, role));
    }
  };
  await seedUsers();
  return {
    app,
    db,
    cookie,
    async token(fiscalYear, round) {
      const response = await app.inject({
        method: "POST",
        url: "/api/tokens",
        headers: { cookie: cookie.admin },
        payload: { fiscalYear, round },
      });
      if (response.statusCode !== 201)
        throw new Error(`token: ${response.statusCode} ${response.body}`);
      return (response.json() as { token: string }).token;
    },
    async reset() {
      await db.reset();
      await seedUsers();
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}
