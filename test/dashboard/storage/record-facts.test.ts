import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import { migrate } from "../../../dashboard/server/storage/migrate";
import { MIGRATIONS } from "../../../dashboard/server/storage/migrations";
import { insertMany } from "../../../dashboard/server/storage/record-queries";
import type { SqlQueryable } from "../../../dashboard/server/storage/sql-client";
import { openSqlStorage } from "../../../dashboard/server/storage/sql-storage";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { aggregateOf } from "../support/aggregate-of";
import { insertBeforeMigration5 } from "../support/insert-before-migration-5";
import { normalise } from "../support/normalise-aggregates";
import { recordInput } from "../support/record-input";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";
import { DRIVERS, openClient, suiteDatabase } from "../support/test-database";

jest.setTimeout(120_000);

const input = (record: StatsRecord) => recordInput(record, "import");

/** Demo records of fiscal 2025 with fresh ids (several seeds give several hundred). */
function records(seed: number, count: number): StatsRecord[] {
  return demoRecords(2025, seed)
    .slice(0, count)
    .map((r) => ({ ...r, submissionId: randomUUID() }));
}

/** The triggers of `records` that the schema defines (not PostgreSQL's own foreign-key ones). */
async function recordTriggers(db: SqlQueryable): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT tgname AS name FROM pg_trigger
     WHERE tgrelid = 'records'::regclass AND NOT tgisinternal ORDER BY tgname`,
  );
  return rows.map((r) => r.name);
}

async function tableExists(db: SqlQueryable, name: string): Promise<boolean> {
  const [row] = await db.query<{ table: string | null }>("SELECT to_regclass($1)::text AS table", [
    name,
  ]);
  return row!.table !== null;
}

/**
 * Migration 11: a submission writes its record and nothing else (no trigger, no cell chunks),
 * and a release groups the records' facts, stored generated columns with migration 3's
 * expressions. The figures are those of the TypeScript reference whatever came before.
 */
describe.each(DRIVERS)("record facts (migration 11) on %s", (driver) => {
  it("carries records stored before migrations 4 and 11 over, figure for figure", async () => {
    const { client, cleanup } = await openClient(driver);
    try {
      await migrate(
        client,
        MIGRATIONS.filter((m) => m.version <= 3),
      );
      const before = records(7, 150);
      await insertBeforeMigration5(client, before.slice(0, 100).map(input));
      await insertBeforeMigration5(client, before.slice(100).map(input));
      await migrate(
        client,
        MIGRATIONS.filter((m) => m.version <= 10),
      );
      // Stored at migration 10: chunks per record, then a delete that rebuilt its cells.
      const later = records(8, 40);
      for (const record of later.slice(0, 5)) await insertMany(client, [input(record)]);
      await insertMany(client, later.slice(5).map(input));
      const gone = [before[3]!, later[1]!];
      await client.query("DELETE FROM records WHERE submission_id = ANY($1::uuid[])", [
        gone.map((r) => r.submissionId),
      ]);
      expect(await recordTriggers(client)).toEqual([
        "records_after_delete",
        "records_after_insert",
        "records_after_truncate",
      ]);

      const storage = await openSqlStorage(client); // applies migration 11
      const kept = [...before, ...later].filter((r) => !gone.includes(r));
      expect(normalise(await aggregateOf(storage, 2025))).toEqual(
        normalise(referenceAggregate(kept, 2025)),
      );
      expect(await recordTriggers(client)).toEqual([]);
      for (const table of ["cell_chunks", "summary_cache", "fiscal_year_versions"]) {
        expect(await tableExists(client, table)).toBe(false);
      }
    } finally {
      await client.close();
      await cleanup();
    }
  });

  describe("with a migrated database", () => {
    const db = suiteDatabase(driver);

    it("runs no trigger on a submission: the record's facts are its own generated columns", async () => {
      expect(await recordTriggers(db.client)).toEqual([]);
      const record = makeRecord((r) => {
        r.counts.application.managers = { women: 3, men: 1 };
        r.counts.report.managers = { women: 1, men: 1 };
      });
      expect(await db.storage.insertRecord(input(record))).toBe("stored");
      const [facts] = await db.client.query<Record<string, unknown>>(
        `SELECT size_band, industry, selected_a, achieved_b, new_female_managers,
                manager_ratio_before, manager_ratio_after, wage_gap_all, projected_grant_yen
         FROM records WHERE submission_id = $1`,
        [record.submissionId],
      );
      // Hand-computed: 3 of 4 managers before, 1 of 2 after; fewer women, so 0 new (not −2).
      expect(facts).toEqual({
        size_band: "30-99",
        industry: "E",
        selected_a: true,
        achieved_b: false,
        new_female_managers: 0,
        manager_ratio_before: 75,
        manager_ratio_after: 50,
        wage_gap_all: 72.5,
        projected_grant_yen: 300_000,
      });
    });

    it("keeps another year's records out of a year's cells", async () => {
      const mine = records(5, 30);
      const other = records(6, 20).map((r) => ({ ...r, fiscalYear: 2026 }));
      expect((await db.storage.importRecords([...mine, ...other].map(input))).kind).toBe("stored");
      expect(normalise(await aggregateOf(db.storage, 2025))).toEqual(
        normalise(referenceAggregate(mine, 2025)),
      );
    });

    it("gives the reference figures whatever the statements and deletions (property)", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 1_000 }),
          fc.array(
            fc.record({
              size: fc.integer({ min: 1, max: 120 }),
              single: fc.boolean(),
              drop: fc.nat(),
            }),
            { minLength: 1, maxLength: 6 },
          ),
          async (seed, statements) => {
            await db.reset();
            const all = records(
              seed,
              statements.reduce((n, s) => n + s.size, 0),
            );
            const live: StatsRecord[] = [];
            let at = 0;
            for (const { size, single, drop } of statements) {
              const batch = all.slice(at, at + size);
              at += size;
              if (single) {
                for (const r of batch)
                  expect(await db.storage.insertRecord(input(r))).toBe("stored");
              } else {
                expect((await db.storage.importRecords(batch.map(input))).kind).toBe("stored");
              }
              live.push(...batch);
              const [gone] = live.splice(drop % live.length, 1);
              await db.client.query("DELETE FROM records WHERE submission_id = $1", [
                gone!.submissionId,
              ]);
            }
            const stored = await aggregateOf(db.storage, 2025);
            if (live.length === 0) {
              // Every record deleted: the server still rolls up the year's total, of no company
              // (the reference lists no group at all).
              expect(stored.groups.every((g) => g.companies === 0)).toBe(true);
              expect(stored.bands).toEqual([]);
              return;
            }
            expect(normalise(stored)).toEqual(normalise(referenceAggregate(live, 2025)));
          },
        ),
        { numRuns: 10 },
      );
    });
  });
});
