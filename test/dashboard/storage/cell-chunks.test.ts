import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import { CHUNK_COLUMNS } from "../../../dashboard/server/storage/cell-chunk-columns";
import { migrate } from "../../../dashboard/server/storage/migrate";
import { MIGRATIONS } from "../../../dashboard/server/storage/migrations";
import type { SqlQueryable } from "../../../dashboard/server/storage/sql-client";
import { openSqlStorage } from "../../../dashboard/server/storage/sql-storage";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { insertBeforeMigration5 } from "../support/insert-before-migration-5";
import { normalise } from "../support/normalise-aggregates";
import { recordInput } from "../support/record-input";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";
import { aggregateOf, aggregateWithVersion } from "../support/aggregate-with-version";
import { DRIVERS, openClient, suiteDatabase } from "../support/test-database";

jest.setTimeout(120_000);

const input = (record: StatsRecord) => recordInput(record, "import");

async function chunkCount(db: SqlQueryable): Promise<{ chunks: number; cells: number }> {
  const [row] = await db.query<{ chunks: number; cells: number }>(
    `SELECT count(*)::int AS chunks,
            count(DISTINCT (fiscal_year, round, size_band, industry))::int AS cells
     FROM cell_chunks`,
  );
  return row!;
}

/** Demo records of fiscal 2025 with fresh ids (several seeds give several hundred). */
function records(seed: number, count: number): StatsRecord[] {
  return demoRecords(2025, seed)
    .slice(0, count)
    .map((r) => ({ ...r, submissionId: randomUUID() }));
}

describe.each(DRIVERS)("cell chunks (migration 4) on %s", (driver) => {
  it("carries the records stored before migration 4 over, figure for figure", async () => {
    const { client, cleanup } = await openClient(driver);
    try {
      await migrate(
        client,
        MIGRATIONS.filter((m) => m.version <= 3),
      );
      const before = records(7, 150);
      await insertBeforeMigration5(client, before.slice(0, 100).map(input));
      await insertBeforeMigration5(client, before.slice(100).map(input));
      const storage = await openSqlStorage(client); // applies migrations 4 and 5
      expect(normalise(await aggregateOf(storage, 2025))).toEqual(
        normalise(referenceAggregate(before, 2025)),
      );
      const { chunks, cells } = await chunkCount(client);
      expect(chunks).toBe(cells); // one chunk per cell from the backfill
      const [facts] = await client.query<{ table: string | null }>(
        "SELECT to_regclass('record_facts')::text AS table",
      );
      expect(facts!.table).toBeNull();
    } finally {
      await client.close();
      await cleanup();
    }
  });

  describe("with a migrated database", () => {
    const db = suiteDatabase(driver);

    it("adds a chunk per record; compaction merges a cell's chunks and changes nothing else", async () => {
      const sameCell = Array.from({ length: 12 }, () => makeRecord());
      const otherCell = Array.from({ length: 5 }, () => makeRecord((r) => (r.round = 2)));
      for (const record of [...sameCell, ...otherCell]) {
        expect(await db.storage.insertRecord(input(record))).toBe("stored");
      }
      expect(await chunkCount(db.client)).toEqual({ chunks: 17, cells: 2 });
      const reference = normalise(referenceAggregate([...sameCell, ...otherCell], 2025));
      const { version, raw } = await aggregateWithVersion(db.storage, 2025);
      expect(normalise(raw)).toEqual(reference);
      await db.storage.writeSummaryCache(2025, "k", version, "{}");

      expect(await db.storage.compactCells(2025)).toEqual({ removed: 17, added: 2 });
      expect(await chunkCount(db.client)).toEqual({ chunks: 2, cells: 2 });
      expect(normalise(await aggregateOf(db.storage, 2025))).toEqual(reference);
      // Same data, same version: the cached summary is still served.
      expect(await db.storage.readSummaryCache(2025, "k")).toEqual({ version, publication: "{}" });
      expect(await db.storage.compactCells(2025)).toEqual({ removed: 0, added: 0 });

      // One more record adds one chunk to one cell; only that cell is rewritten.
      await db.storage.insertRecord(input(makeRecord()));
      expect(await db.storage.compactCells(2025)).toEqual({ removed: 2, added: 1 });
      expect(await chunkCount(db.client)).toEqual({ chunks: 2, cells: 2 });
    });

    it("writes one chunk per cell for a large statement (an import)", async () => {
      const many = records(3, 100);
      expect((await db.storage.importRecords(many.map(input))).kind).toBe("stored");
      const { chunks, cells } = await chunkCount(db.client);
      expect(chunks).toBe(cells);
      expect(cells).toBeLessThan(100);
      expect(normalise(await aggregateOf(db.storage, 2025))).toEqual(
        normalise(referenceAggregate(many, 2025)),
      );
    });

    it("keeps another year's chunks when compacting one year", async () => {
      await db.storage.insertRecord(input(makeRecord()));
      await db.storage.insertRecord(input(makeRecord()));
      // The same chunks again under another year.
      const columns = ["round", "size_band", "industry", ...CHUNK_COLUMNS.map((c) => c.name)];
      await db.client.query(
        `INSERT INTO cell_chunks (fiscal_year, ${columns.join(", ")})
         SELECT 2026, ${columns.join(", ")} FROM cell_chunks`,
      );
      expect(await db.storage.compactCells(2025)).toEqual({ removed: 2, added: 1 });
      expect(await chunkCount(db.client)).toEqual({ chunks: 3, cells: 2 });
    });

    it("gives the reference figures whatever the statements and compactions (property)", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 1_000 }),
          fc.array(fc.record({ size: fc.integer({ min: 1, max: 120 }), compact: fc.boolean() }), {
            minLength: 1,
            maxLength: 6,
          }),
          async (seed, statements) => {
            await db.reset();
            const all = records(
              seed,
              statements.reduce((n, s) => n + s.size, 0),
            );
            let at = 0;
            for (const { size, compact } of statements) {
              const outcome = await db.storage.importRecords(all.slice(at, at + size).map(input));
              expect(outcome.kind).toBe("stored");
              at += size;
              if (compact) await db.storage.compactCells(2025);
            }
            expect(normalise(await aggregateOf(db.storage, 2025))).toEqual(
              normalise(referenceAggregate(all.slice(0, at), 2025)),
            );
          },
        ),
        { numRuns: 10 },
      );
    });
  });
});
