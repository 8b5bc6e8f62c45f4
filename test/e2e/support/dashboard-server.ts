import type { FastifyInstance } from "fastify";
import type { AddressInfo } from "node:net";
import { buildApp } from "../../../dashboard/server/app";
import { hashPassword, type ScryptParams } from "../../../dashboard/server/auth/password";
import { loadDemoData } from "../../../dashboard/server/first-start";
import type { Role, Storage } from "../../../dashboard/server/storage/storage";
import { openTestDatabase, type TestDatabase } from "../../dashboard/support/test-database";

/** Cheap scrypt for tests only (production uses N = 2^15). */
const FAST_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1 };
export const E2E_PASSWORD = "correct horse battery staple";

export interface DashboardServer {
  url: string;
  app: FastifyInstance;
  /** the server's storage, for a test that checks what was stored without a release */
  storage: Storage;
  close(): Promise<void>;
}

/**
 * The real server on loopback over PGlite (a copy of the test template), with the FY2025 demo
 * records and their release (unless `demo: false`: an empty database), and one user per role
 * named after the role. It serves the built dist/dashboard.
 */
export async function startDashboardServer({ demo = true } = {}): Promise<DashboardServer> {
  const db: TestDatabase = await openTestDatabase("pglite");
  try {
    if (demo) await loadDemoData(db.storage);
    for (const role of ["admin", "foundation", "policy"] as const satisfies readonly Role[]) {
      await db.storage.createUser({
        username: role,
        passwordHash: await hashPassword(E2E_PASSWORD, FAST_SCRYPT),
        role,
      });
    }
    const app = await buildApp({
      storage: db.storage,
      passwordHashing: FAST_SCRYPT,
      loginRateLimit: { max: 10_000, timeWindowMs: 60_000 },
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const { port } = app.server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      app,
      storage: db.storage,
      async close() {
        await app.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
