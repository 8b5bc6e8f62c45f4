import fc from "fast-check";
import { canonicalJson } from "../../../dashboard/server/storage/canonical-json";
import { migrate } from "../../../dashboard/server/storage/migrate";
import { MIGRATIONS } from "../../../dashboard/server/storage/migrations";
import { openSqlStorage } from "../../../dashboard/server/storage/sql-storage";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { insertBeforeMigration5 } from "../support/insert-before-migration-5";
import { recordInput } from "../support/record-input";
import { makeRecord } from "../support/records";
import { DRIVERS, openClient, suiteDatabase } from "../support/test-database";

jest.setTimeout(120_000);

/**
 * Migration 5 keeps a record's content once (the jsonb body); "same content" is the canonical
 * JSON of that body. These tests hold the two promises that rest on it: records stored before
 * the migration still compare as they did, and the jsonb round trip gives back exactly the
 * canonical text of every valid record, numbers included.
 */
describe.each(DRIVERS)("the stored body (migration 5) on %s", (driver) => {
  it("compares records stored before migration 5 as before: same, conflict, new", async () => {
    const { client, cleanup } = await openClient(driver);
    try {
      await migrate(
        client,
        MIGRATIONS.filter((m) => m.version <= 4),
      );
      const old = [makeRecord(), makeRecord((r) => (r.wageGap.all = 1e21))];
      await insertBeforeMigration5(
        client,
        old.map((r) => recordInput(r)),
      );
      const storage = await openSqlStorage(client); // applies migration 5
      const [column] = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM information_schema.columns
         WHERE table_name = 'records' AND column_name = 'canonical'
           AND table_schema = current_schema()`,
      );
      expect(column!.n).toBe(0);
      for (const record of old) {
        expect(await storage.insertRecord(recordInput(record))).toBe("same");
        const changed = {
          ...record,
          projectedGrantYen: record.projectedGrantYen === 0 ? 100_000 : 0,
        };
        expect(await storage.insertRecord(recordInput(changed))).toBe("conflict");
      }
      expect(await storage.insertRecord(recordInput(makeRecord()))).toBe("stored");
      expect(await storage.countRecords(2025)).toBe(3);
    } finally {
      await client.close();
      await cleanup();
    }
  });

  describe("with a migrated database", () => {
    const db = suiteDatabase(driver, { reset: false });

    /** Any wage-gap figure the schema accepts: one decimal, from tiny to beyond 2^53. */
    const gap = fc.oneof(
      fc.integer({ min: 0, max: 10_000 }).map((k) => k / 10),
      fc.integer({ min: 0, max: 1000 }).map((k) => k * 1e18),
      fc.constantFrom(0, 0.1, 1e21, 123456789012345.6, Number.MAX_SAFE_INTEGER),
      fc.constant(null),
    );

    it("gives back the canonical text of every valid record (property)", async () => {
      await fc.assert(
        fc.asyncProperty(
          gap,
          gap,
          gap,
          fc.integer({ min: 0, max: 10 }).map((k) => k * 100_000),
          async (a, b, c, yen) => {
            const record: StatsRecord = makeRecord((r) => {
              r.wageGap = { all: a, regular: b, nonRegular: c };
              r.projectedGrantYen = yen;
            });
            const input = recordInput(record);
            expect(await db.storage.insertRecord(input)).toBe("stored");
            const [row] = await db.client.query<{ body: string }>(
              "SELECT body::text AS body FROM records WHERE submission_id = $1",
              [record.submissionId],
            );
            expect(canonicalJson(JSON.parse(row!.body))).toBe(canonicalJson(record));
            expect(await db.storage.insertRecord(input)).toBe("same");
          },
        ),
        { numRuns: 40 },
      );
    });
  });
});
