import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { releaseAggregatesOf } from "../../../dashboard/server/aggregation/cell-rows";
import type { RecordParts } from "../../../dashboard/server/aggregation/record-changes";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { aggregateOf } from "../support/aggregate-of";
import { normalise } from "../support/normalise-aggregates";
import { recordInput } from "../support/record-input";
import { referenceAggregate, referenceRecordParts } from "../support/reference-aggregate";
import { DRIVERS, suiteDatabase } from "../support/test-database";

jest.setTimeout(180_000);

/** Each record's parts as sorted lines, to compare regardless of order. */
const lines = (parts: RecordParts): string[] =>
  parts.who
    .map((who, i) =>
      [who, parts.cells[parts.cell[i]!], ...Object.values(parts.sums).map((s) => s[i])].join(";"),
    )
    .sort();

/** Demo records of fiscal 2025 with fresh ids (all rounds, sizes and industries). */
function pool(seed: number): StatsRecord[] {
  return demoRecords(2025, seed).map((r) => ({ ...r, submissionId: randomUUID() }));
}

/**
 * Migration 9: records can be replaced (one live record per company), revoked and removed by
 * import batch. Releases group the records themselves (migration 11), so after any delete the
 * aggregates must be those of the records that remain, whatever the order of operations.
 */
describe.each(DRIVERS)("per-company records and import batches on %s", (driver) => {
  const db = suiteDatabase(driver);

  const companyToken = async (round: number) => {
    const admin = await db.storage.createUser({
      username: `admin-${randomUUID()}`,
      passwordHash: "x",
      role: "admin",
    });
    const [token] = await db.storage.createTokens([
      { tokenHash: randomUUID(), fiscalYear: 2025, round, label: "A社", createdBy: admin!.id },
    ]);
    expect(token!.perCompany).toBe(true);
    return token!.id;
  };

  it("keeps the aggregates equal to the live records through replacements, revocations and batch removals", async () => {
    const records = pool(11);
    const admin = await db.storage.createUser({ username: "a", passwordHash: "x", role: "admin" });
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            op: fc.constantFrom("submit", "submit", "replace", "revoke", "import", "remove"),
            pick: fc.nat(),
            size: fc.integer({ min: 1, max: 80 }),
          }),
          { minLength: 3, maxLength: 10 },
        ),
        async (ops) => {
          await db.client.exec("TRUNCATE records, import_batches RESTART IDENTITY CASCADE");
          const live = new Map<string, StatsRecord>(); // by company (token id) or batch:id
          const companies: { tokenId: number; key: string }[] = [];
          const batches: { id: number; ids: string[] }[] = [];
          let next = 0;
          const take = () => {
            const r = records[next++ % records.length]!;
            return { ...r, submissionId: randomUUID() };
          };
          for (const { op, pick, size } of ops) {
            if (op === "submit" || (op === "replace" && companies.length === 0)) {
              const record = take();
              const tokenId = await companyToken(record.round);
              const outcome = await db.storage.insertRecord({
                ...recordInput(record),
                tokenId,
                companyTokenId: tokenId,
              });
              expect(outcome).toBe("stored");
              companies.push({ tokenId, key: `c${tokenId}` });
              live.set(`c${tokenId}`, record);
            } else if (op === "replace") {
              const company = companies[pick % companies.length]!;
              const previous = live.get(company.key);
              const record = { ...take(), round: previous?.round ?? 1 };
              const outcome = await db.storage.insertRecord({
                ...recordInput(record),
                tokenId: company.tokenId,
                companyTokenId: company.tokenId,
              });
              expect(outcome).toBe(previous ? "replaced" : "stored");
              live.set(company.key, record);
            } else if (op === "revoke" && companies.length > 0) {
              const company = companies[pick % companies.length]!;
              const had = live.delete(company.key);
              expect(await db.storage.removeCompanyRecord(company.tokenId)).toBe(had);
            } else if (op === "import") {
              const file = Array.from({ length: size }, take);
              const outcome = await db.storage.importRecords(
                file.map((r) => recordInput(r, "import")),
                {
                  createdBy: admin!.id,
                  format: "json",
                },
              );
              if (outcome.kind !== "stored") throw new Error("import refused");
              batches.push({ id: outcome.batchId!, ids: file.map((r) => r.submissionId) });
              for (const r of file) live.set(r.submissionId, r);
            } else if (op === "remove" && batches.length > 0) {
              const [batch] = batches.splice(pick % batches.length, 1);
              expect(await db.storage.removeImportBatch(batch!.id, admin!.id)).toBe(
                batch!.ids.length,
              );
              for (const id of batch!.ids) live.delete(id);
              expect(await db.storage.removeImportBatch(batch!.id, admin!.id)).toBeUndefined();
            }
          }
          expect(await db.storage.countRecords(2025)).toBe(live.size);
          const raw = await aggregateOf(db.storage, 2025);
          if (live.size === 0) {
            // An empty year is one zero total (the reference has no groups at all).
            expect(raw.groups.every((g) => g.companies === 0)).toBe(true);
          } else {
            expect(normalise(raw)).toEqual(normalise(referenceAggregate([...live.values()], 2025)));
          }
          // What a release keeps of each record (the dominance of changes): a company's
          // record under "c" + its token, whatever replaced it; others under their own id.
          const release = releaseAggregatesOf(2025, await db.storage.releaseRows(2025));
          expect(normalise(release)).toEqual(normalise(raw));
          const whoOf = new Map([...live].map(([key, r]) => [r, key]));
          expect(lines(release.recordParts!)).toEqual(
            lines(referenceRecordParts([...live.values()], 2025, (r) => whoOf.get(r)!)),
          );
        },
      ),
      { numRuns: driver === "pglite" ? 15 : 8 },
    );
  });

  it("lists import batches with their record counts, a removed one marked", async () => {
    const admin = await db.storage.createUser({ username: "b", passwordHash: "x", role: "admin" });
    const file = pool(3).slice(0, 5);
    const outcome = await db.storage.importRecords(
      file.map((r) => recordInput(r, "import")),
      {
        createdBy: admin!.id,
        format: "csv",
      },
    );
    if (outcome.kind !== "stored") throw new Error("import refused");
    expect(await db.storage.listImportBatches()).toEqual([
      expect.objectContaining({
        id: outcome.batchId,
        format: "csv",
        recordCount: 5,
        removedAt: null,
      }),
    ]);
    expect(await db.storage.removeImportBatch(outcome.batchId!, admin!.id)).toBe(5);
    const [removed] = await db.storage.listImportBatches();
    expect(removed!.removedAt).not.toBeNull();
    expect(await db.storage.countRecords(2025)).toBe(0);
  });
});
