/**
 * The server's PGlite driver runs the database in a worker thread (pglite-worker-client.ts).
 * What its callers rely on must survive the thread boundary: PostgreSQL error fields, atomic
 * transactions that run alone on the one connection, result types, and a clean close.
 */
import { openPgliteInWorker } from "../../../dashboard/server/storage/pglite-worker-client";
import type { SqlClient } from "../../../dashboard/server/storage/sql-client";

jest.setTimeout(60_000);

let db: SqlClient;

beforeAll(async () => {
  db = await openPgliteInWorker(undefined); // in memory
  await db.exec(`
    CREATE TABLE t (id integer PRIMARY KEY, note text);
    CREATE TABLE d (id integer, UNIQUE (id) DEFERRABLE INITIALLY DEFERRED);
  `);
});

afterAll(async () => {
  await db.close();
});

beforeEach(async () => {
  await db.exec("TRUNCATE t, d");
});

const count = async (table: "t" | "d") =>
  (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

test("a unique violation arrives with PostgreSQL's code, constraint and message", async () => {
  await db.query("INSERT INTO t VALUES ($1, $2)", [1, "a"]);
  await expect(db.query("INSERT INTO t VALUES ($1, $2)", [1, "b"])).rejects.toMatchObject({
    code: "23505",
    constraint: "t_pkey",
    message: expect.stringMatching(/duplicate key value violates unique constraint/),
  });
});

test("a transaction whose work throws leaves nothing behind", async () => {
  await expect(
    db.transaction(async (tx) => {
      await tx.query("INSERT INTO t VALUES (1, 'a')");
      throw new Error("changed my mind");
    }),
  ).rejects.toThrow("changed my mind");
  expect(await count("t")).toBe(0);
});

test("a failing COMMIT rejects the transaction and stores nothing", async () => {
  await expect(
    db.transaction(async (tx) => {
      await tx.query("INSERT INTO d VALUES (1), (1)"); // checked only at COMMIT
      return "committed?";
    }),
  ).rejects.toMatchObject({ code: "23505" });
  expect(await count("d")).toBe(0);
});

test("statements outside a transaction wait until it has ended", async () => {
  let outside: Promise<number> | undefined;
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO t VALUES (1, 'a')");
    outside = count("t"); // sent while the transaction is open
    await new Promise((resolve) => setTimeout(resolve, 50));
    await tx.query("INSERT INTO t VALUES (2, 'b')");
  });
  expect(await outside).toBe(2);
});

test("result values keep their types across the thread boundary", async () => {
  const [row] = await db.query<{ at: Date; big: bigint | number; doc: unknown; bytes: Uint8Array }>(
    `SELECT timestamptz '2025-04-01 00:00:00+09' AS at, 9007199254740993::int8 AS big,
            '{"a":[1,"x"]}'::jsonb AS doc, '\\x0102'::bytea AS bytes`,
  );
  // Structured clone makes them in the main realm; Jest's VM has Date of its own: no instanceof.
  expect(Object.prototype.toString.call(row!.at)).toBe("[object Date]");
  expect(row!.at.toISOString()).toBe("2025-03-31T15:00:00.000Z");
  expect(row!.doc).toEqual({ a: [1, "x"] });
  expect([...row!.bytes]).toEqual([1, 2]);
});

test("after close, calls fail instead of hanging", async () => {
  const other = await openPgliteInWorker(undefined);
  expect(await other.query<{ one: number }>("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  await other.close();
  await expect(other.query("SELECT 1")).rejects.toThrow(/PGlite worker exited/);
  await other.close(); // idempotent
});
