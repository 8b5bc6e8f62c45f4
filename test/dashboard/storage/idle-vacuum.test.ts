import { randomUUID } from "node:crypto";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import { IDLE_VACUUM, IdleVacuum } from "../../../dashboard/server/storage/idle-vacuum";
import { openSqlStorage } from "../../../dashboard/server/storage/sql-storage";
import { recordInput } from "../support/record-input";
import { suiteDatabase } from "../support/test-database";

jest.setTimeout(120_000);

const SETTINGS = { threshold: 100, idleMs: 1000 };

/** A VACUUM that counts its runs and finishes when the test says so. */
function fakeVacuum() {
  const runs: (() => void)[] = [];
  const vacuum = new IdleVacuum(() => new Promise<void>((resolve) => runs.push(resolve)), SETTINGS);
  return { vacuum, runs };
}

describe("IdleVacuum: PGlite's autovacuum, run when the server is idle", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("runs once enough rows were written and no write came for idleMs", () => {
    const { vacuum, runs } = fakeVacuum();
    vacuum.written(60);
    jest.advanceTimersByTime(5000);
    expect(runs).toHaveLength(0); // 60 < 100: not yet
    vacuum.written(40);
    jest.advanceTimersByTime(999);
    expect(runs).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(runs).toHaveLength(1);
  });

  it("waits while writes keep coming (never under load)", () => {
    const { vacuum, runs } = fakeVacuum();
    for (let i = 0; i < 50; i++) {
      vacuum.written(100);
      jest.advanceTimersByTime(900);
    }
    expect(runs).toHaveLength(0);
    jest.advanceTimersByTime(100);
    expect(runs).toHaveLength(1);
  });

  it("counts again from zero after a run, and retries after a failed one", async () => {
    let fail = true;
    let calls = 0;
    const vacuum = new IdleVacuum(async () => {
      calls++;
      if (fail) throw new Error("closed");
    }, SETTINGS);
    vacuum.written(100);
    await vacuum.afterBulkWrite(); // fails: its rows still count
    expect(calls).toBe(1);
    fail = false;
    vacuum.written(1);
    jest.advanceTimersByTime(1000);
    await Promise.resolve();
    expect(calls).toBe(2);
    await vacuum.afterBulkWrite(); // nothing written since the run
    expect(calls).toBe(2);
  });

  it("a bulk write vacuums at once, only past the threshold", async () => {
    const { vacuum, runs } = fakeVacuum();
    vacuum.written(99);
    const small = vacuum.afterBulkWrite();
    await small;
    expect(runs).toHaveLength(0);
    vacuum.written(1);
    const big = vacuum.afterBulkWrite();
    expect(runs).toHaveLength(1);
    runs[0]!();
    await big;
    jest.advanceTimersByTime(5000);
    expect(runs).toHaveLength(1); // the timer went with the run
  });

  it("close waits for a run in progress and starts none after", async () => {
    const { vacuum, runs } = fakeVacuum();
    vacuum.written(100);
    jest.advanceTimersByTime(1000);
    expect(runs).toHaveLength(1);
    let closed = false;
    const closing = vacuum.close().then(() => (closed = true));
    await Promise.resolve();
    expect(closed).toBe(false);
    runs[0]!();
    await closing;
    vacuum.written(1000);
    jest.advanceTimersByTime(5000);
    await vacuum.afterBulkWrite();
    expect(runs).toHaveLength(1);
  });
});

/**
 * On PGlite an import leaves its rows all-visible (hint bits set, visibility map marked), as
 * PostgreSQL's autovacuum would soon after: the next release's scan then neither checks the
 * commit log per row nor writes every page back. pg_class.relallvisible is what the last VACUUM
 * found all-visible (only VACUUM updates it), against the table's pages now.
 */
describe("records are vacuumed on PGlite", () => {
  const db = suiteDatabase("pglite");

  const visibility = async () =>
    (
      await db.client.query<{ pages: number; visible: number }>(
        `SELECT (pg_relation_size('records') / current_setting('block_size')::int)::int AS pages,
                relallvisible AS visible
         FROM pg_class WHERE relname = 'records'`,
      )
    )[0]!;

  /** Polls until every page of `records` is all-visible (VACUUM ran), or gives up. */
  const vacuumedWithin = async (ms: number): Promise<boolean> => {
    const until = Date.now() + ms;
    while (Date.now() < until) {
      const { pages, visible } = await visibility();
      if (pages > 0 && visible === pages) return true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return false;
  };

  /** ~1,170 demo records of fiscal 2025 with fresh ids: past the threshold. */
  const fresh = (source: "submission" | "import") =>
    [3, 4, 5, 6, 7, 8]
      .flatMap((seed) => demoRecords(2025, seed))
      .map((r) => recordInput({ ...r, submissionId: randomUUID() }, source));

  it("after submissions, once the server is idle", async () => {
    const records = fresh("submission");
    expect(records.length).toBeGreaterThanOrEqual(IDLE_VACUUM.threshold);
    const outcomes = await Promise.all(records.map((r) => db.storage.insertRecord(r)));
    expect(new Set(outcomes)).toEqual(new Set(["stored"]));
    const written = await visibility();
    expect(written.visible).toBeLessThan(written.pages);
    expect(await vacuumedWithin(IDLE_VACUUM.idleMs + 8000)).toBe(true);
  });

  it("after a start, what a previous run wrote and did not vacuum", async () => {
    expect((await db.storage.importRecords(fresh("import"))).kind).toBe("stored");
    // Rows written behind the storage's back, as by a run stopped before its idle VACUUM.
    await db.client.query(
      `INSERT INTO records (submission_id, fiscal_year, round, body, source)
       SELECT gen_random_uuid(), 2025, 1, body, 'import' FROM records, generate_series(1, 3)`,
    );
    const pages = await visibility();
    expect(pages.visible).toBeLessThan(pages.pages);
    const restarted = await openSqlStorage(db.client);
    expect(await vacuumedWithin(IDLE_VACUUM.idleMs + 8000)).toBe(true);
    expect(restarted.driver).toBe("pglite");
  });

  it("marks the imported pages all-visible, and leaves what is stored unchanged", async () => {
    const records = fresh("import");
    expect(records.length).toBeGreaterThanOrEqual(IDLE_VACUUM.threshold);
    expect((await visibility()).visible).toBe(0);
    const before = await db.storage.countRecords(2025);
    const outcome = await db.storage.importRecords(records);
    expect(outcome.kind).toBe("stored");
    const after = await visibility();
    expect(after.pages).toBeGreaterThan(10);
    expect(after.visible).toBe(after.pages);
    expect(await db.storage.countRecords(2025)).toBe(before + records.length);
  });
});
