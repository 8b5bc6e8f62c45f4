import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { openPgClient } from "../../../dashboard/server/storage/pg-client";
import type { SqlClient } from "../../../dashboard/server/storage/sql-client";
import { openSqlStorage } from "../../../dashboard/server/storage/sql-storage";
import { openPgliteInWorker } from "./pglite-in-worker";
import type { Storage } from "../../../dashboard/server/storage/storage";

export type DriverName = "pglite" | "pg";

const PG_URL = process.env["KATSUYAKU_TEST_DATABASE_URL"];

/** PGlite always; PostgreSQL too when KATSUYAKU_TEST_DATABASE_URL is set (CI sets it). */
export const DRIVERS: DriverName[] = PG_URL ? ["pglite", "pg"] : ["pglite"];

export interface TestDatabase {
  driver: DriverName;
  storage: Storage;
  client: SqlClient;
  /** empties every table (between tests of one file) */
  reset(): Promise<void>;
  /**
   * PostgreSQL only: a second, independent connection pool on the same database, as a second
   * server instance behind a load balancer would have. undefined for PGlite (embedded).
   */
  secondInstance?: () => Promise<Storage>;
  close(): Promise<void>;
}

/** Creating a PGlite cluster takes ~5 s, copying a ready one ~1 s: make it once per machine. */
function pgliteTemplate(): string {
  const manifest = path.join(process.cwd(), "node_modules/@electric-sql/pglite/package.json");
  const version = existsSync(manifest)
    ? (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version
    : "unknown";
  return path.join(tmpdir(), `katsuyaku-pglite-template-${version}`);
}

async function ensureTemplate(template: string): Promise<void> {
  if (existsSync(path.join(template, "PG_VERSION"))) return;
  const building = `${template}.building-${process.pid}-${Date.now()}`;
  const client = await openPgliteInWorker(building);
  await client.close();
  try {
    renameSync(building, template); // atomic: a parallel worker either wins or finds it there
  } catch {
    rmSync(building, { recursive: true, force: true });
  }
}

/** A database with no migrations applied (for migration tests); openTestDatabase migrates. */
export async function openClient(driver: DriverName): Promise<{
  client: SqlClient;
  cleanup: () => Promise<void>;
  another?: () => Promise<SqlClient>;
}> {
  if (driver === "pglite") {
    const template = pgliteTemplate();
    await ensureTemplate(template);
    const dir = mkdtempSync(path.join(tmpdir(), "katsuyaku-pglite-"));
    cpSync(template, dir, { recursive: true });
    return {
      client: await openPgliteInWorker(dir),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  // One schema per test file: files run in parallel workers against one database.
  const schema = `kt_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = await openPgClient({ connectionString: PG_URL!, schema, maxConnections: 5 });
  return {
    client,
    another: () => openPgClient({ connectionString: PG_URL!, schema, maxConnections: 5 }),
    cleanup: async () => {
      const admin = new pg.Client({ connectionString: PG_URL! });
      await admin.connect();
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}

export async function openTestDatabase(driver: DriverName): Promise<TestDatabase> {
  const { client, cleanup, another } = await openClient(driver);
  const storage = await openSqlStorage(client);
  const others: Storage[] = [];
  return {
    driver,
    storage,
    client,
    ...(another
      ? {
          secondInstance: async () => {
            const other = await openSqlStorage(await another());
            others.push(other);
            return other;
          },
        }
      : {}),
    reset: () =>
      client.exec(
        "TRUNCATE records, import_batches, releases, release_parts, report_texts, audit_log, sessions, submit_tokens, users, schedules, plan_items, plan_versions, report_settings RESTART IDENTITY CASCADE",
      ),
    close: async () => {
      for (const other of others) await other.close();
      await storage.close();
      await cleanup();
    },
  };
}

/**
 * A migrated database for the describe block this is called in: opened before its tests,
 * emptied before each one (unless `reset: false`), closed after. Read its fields inside tests;
 * they exist from beforeAll on.
 */
export function suiteDatabase(driver: DriverName, { reset = true } = {}): TestDatabase {
  let opened: TestDatabase | undefined;
  const current = () => {
    if (opened === undefined) throw new Error("suiteDatabase: read inside a test");
    return opened;
  };
  beforeAll(async () => {
    opened = await openTestDatabase(driver);
  });
  afterAll(async () => opened?.close());
  if (reset) beforeEach(async () => current().reset());
  return {
    driver,
    get storage() {
      return current().storage;
    },
    get client() {
      return current().client;
    },
    get secondInstance() {
      return current().secondInstance;
    },
    reset: () => current().reset(),
    close: () => current().close(),
  };
}
