import { buildPublication } from "../../../dashboard/server/aggregation/build-publication";
import { releaseAggregatesOf } from "../../../dashboard/server/aggregation/cell-rows";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import { ensureAdmin, loadDemoData } from "../../../dashboard/server/first-start";
import { migrate } from "../../../dashboard/server/storage/migrate";
import { MIGRATIONS } from "../../../dashboard/server/storage/migrations";
import { normalise } from "../support/normalise-aggregates";
import { recordInput } from "../support/record-input";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";
import { aggregateOf } from "../support/aggregate-of";
import { DRIVERS, suiteDatabase } from "../support/test-database";

jest.setTimeout(60_000);

describe.each(DRIVERS)("storage on %s", (driver) => {
  const db = suiteDatabase(driver);

  /**
   * A release's aggregates, its records' parts aside: RELEASE_SQL leaves the two largest parts
   * per sum to cell-rows.ts (from the parts), and they must equal CELL_SQL's sorted ones.
   */
  const releasePathOf = async (fiscalYear: number) => {
    const { recordParts, ...aggregates } = releaseAggregatesOf(
      fiscalYear,
      await db.storage.releaseRows(fiscalYear),
    );
    expect(recordParts).toBeDefined();
    return normalise(aggregates);
  };

  it("applies migrations once: a second run changes nothing", async () => {
    expect(db.storage.isNew).toBe(true);
    expect(await migrate(db.client)).toEqual({ wasEmpty: false, applied: [] });
    const rows = await db.client.query<{ version: number }>(
      "SELECT version FROM schema_migrations ORDER BY version",
    );
    // Every migration, in order, each once (the list only ever grows). Numbers ascend but may
    // leave a gap: branches reserve their numbers ahead of the merge (8 and 9 are reserved).
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(versions.slice(0, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("stores a release's raw aggregates and records' parts uncompressed (migrations 12, 13: no pglz inside a release)", async () => {
    const rows = await db.client.query<{ attstorage: string }>(
      `SELECT attstorage FROM pg_attribute
        WHERE (attrelid = 'releases'::regclass AND attname = 'raw_json')
           OR (attrelid = 'release_parts'::regclass AND attname = 'parts_json')`,
    );
    // 'e' = EXTERNAL (out of line, not compressed); the default for text is 'x' (EXTENDED).
    // The records' parts (migration 13) likewise.
    expect(rows.map((r) => r.attstorage)).toEqual(["e", "e"]);
  });

  it("stores a record once: same content is 'same', other content is 'conflict'", async () => {
    const record = makeRecord();
    expect(await db.storage.insertRecord(recordInput(record))).toBe("stored");
    expect(await db.storage.insertRecord(recordInput(record))).toBe("same");
    const changed = { ...record, projectedGrantYen: 0 };
    expect(await db.storage.insertRecord(recordInput(changed))).toBe("conflict");
    expect(await db.storage.countRecords(2025)).toBe(1);
  });

  it("is race-safe: concurrent first submissions of one id store it exactly once", async () => {
    const record = makeRecord();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, () => db.storage.insertRecord(recordInput(record))),
    );
    expect(outcomes.filter((o) => o === "stored")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "same")).toHaveLength(7);
    const rivals = Array.from({ length: 6 }, (_, i) => ({
      ...makeRecord(),
      submissionId: "0d6f3c1e-8a47-4b1e-9f6a-2f1d3c4b5a69",
      projectedGrantYen: i * 100_000,
    }));
    const raced = await Promise.all(rivals.map((r) => db.storage.insertRecord(recordInput(r))));
    expect(raced.filter((o) => o === "stored")).toHaveLength(1);
    expect(raced.filter((o) => o === "conflict")).toHaveLength(5);
  });

  it("imports all or nothing", async () => {
    const stored = makeRecord();
    await db.storage.insertRecord(recordInput(stored));
    const fresh = [makeRecord(), makeRecord()];
    const conflicting = { ...stored, projectedGrantYen: 0 };
    expect(
      await db.storage.importRecords([...fresh, conflicting].map((r) => recordInput(r))),
    ).toEqual({
      kind: "conflict",
      conflicting: [stored.submissionId],
    });
    expect(await db.storage.countRecords(2025)).toBe(1);
    const ok = await db.storage.importRecords([...fresh, stored].map((r) => recordInput(r)));
    expect(ok.kind).toBe("stored");
    if (ok.kind === "stored") {
      expect([...ok.outcomes.values()]).toEqual(["stored", "stored", "same"]);
    }
    expect(await db.storage.countRecords(2025)).toBe(3);
  });

  it("aggregates in SQL exactly as the TypeScript reference does (demo year)", async () => {
    const records = demoRecords();
    expect(await loadDemoData(db.storage)).toBe(records.length);
    expect(await loadDemoData(db.storage)).toBe(0); // idempotent
    const sql = await aggregateOf(db.storage, 2025);
    expect(normalise(sql)).toEqual(normalise(referenceAggregate(records, 2025)));
    expect(await releasePathOf(2025)).toEqual(normalise(sql));
    const rounds = [1, 2, 3, 4, 5, 6].map((round) => ({ round, capacity: 80 }));
    expect(buildPublication(sql, rounds)).toEqual(
      buildPublication(referenceAggregate(records, 2025), rounds),
    );
  });

  it("aggregates edge cases: no managers, null gaps, lost managers floored at 0, unknown industry", async () => {
    const records = [
      makeRecord((r) => {
        r.counts.application.managers = { women: 0, men: 0 };
        r.counts.report.managers = { women: 0, men: 0 };
        r.wageGap = { all: null, regular: null, nonRegular: null };
        r.industry = null;
      }),
      makeRecord((r) => {
        r.counts.application.managers = { women: 3, men: 2 };
        r.counts.report.managers = { women: 1, men: 4 }; // two fewer women: counts as 0, not −2
      }),
      makeRecord((r) => (r.round = 2)),
    ];
    for (const r of records) await db.storage.insertRecord(recordInput(r));
    const sql = await aggregateOf(db.storage, 2025);
    expect(normalise(sql)).toEqual(normalise(referenceAggregate(records, 2025)));
    expect(await releasePathOf(2025)).toEqual(normalise(sql));
    const round1 = sql.groups.find((g) => g.round === 1 && g.dimension === "total")!;
    expect(round1.sums.newFemaleManagers).toEqual({ value: 0, contributors: 0, largest: [] });
    expect(round1.stats.managerRatioBefore.n).toBe(1);
    expect(sql.groups.some((g) => g.dimension === "industry" && g.key === "unknown")).toBe(true);
    expect(await aggregateOf(db.storage, 2026)).toEqual({
      fiscalYear: 2026,
      groups: [expect.objectContaining({ round: null, dimension: "total", companies: 0 })],
      bands: [],
    });
  });

  it("keeps sessions until they expire and deletes them on request", async () => {
    const user = (await db.storage.createUser({
      username: "u1",
      passwordHash: "x",
      role: "policy",
    }))!;
    expect(
      await db.storage.createUser({ username: "u1", passwordHash: "y", role: "admin" }),
    ).toBeUndefined();
    const now = new Date("2026-01-10T09:00:00Z");
    await db.storage.createSession({
      idHash: "h1",
      userId: user.id,
      expiresAt: new Date("2026-01-10T17:00:00Z"),
    });
    expect(await db.storage.findSession("h1", now)).toEqual({
      userId: user.id,
      username: "u1",
      role: "policy",
    });
    expect(await db.storage.findSession("h1", new Date("2026-01-10T17:00:01Z"))).toBeUndefined();
    await db.storage.deleteExpiredSessions(new Date("2026-01-11T00:00:00Z"));
    expect(await db.storage.findSession("h1", now)).toBeUndefined();
  });

  it("revokes tokens", async () => {
    const admin = (await db.storage.createUser({
      username: "a1",
      passwordHash: "x",
      role: "admin",
    }))!;
    const token = await db.storage.createToken({
      tokenHash: "t",
      fiscalYear: 2025,
      round: 3,
      label: "",
      createdBy: admin.id,
    });
    expect(await db.storage.findActiveToken("t")).toEqual(token);
    expect(await db.storage.revokeToken(token.id)).toBe(true);
    expect(await db.storage.revokeToken(token.id)).toBe(false);
    expect(await db.storage.findActiveToken("t")).toBeUndefined();
  });

  it("saves report texts with optimistic versions, all or nothing", async () => {
    const user = (await db.storage.createUser({
      username: "p1",
      passwordHash: "x",
      role: "policy",
    }))!;
    const first = await db.storage.saveReportTexts(
      2025,
      [{ itemId: "19", text: "A", expectedVersion: 0 }],
      user.id,
    );
    expect(first.kind).toBe("saved");
    const stale = await db.storage.saveReportTexts(
      2025,
      [
        { itemId: "8", text: "new", expectedVersion: 0 },
        { itemId: "19", text: "B", expectedVersion: 0 },
      ],
      user.id,
    );
    expect(stale).toEqual({ kind: "conflict", itemIds: ["19"] });
    expect(
      (await db.storage.listReportTexts(2025)).map((t) => [t.itemId, t.text, t.version]),
    ).toEqual([["19", "A", 1]]);
    await db.storage.saveReportTexts(
      2025,
      [{ itemId: "19", text: null, expectedVersion: 1 }],
      user.id,
    );
    expect(
      (await db.storage.listReportTexts(2025)).map((t) => [t.itemId, t.text, t.version]),
    ).toEqual([["19", null, 2]]);
  });

  it("creates the admin only in an empty database", async () => {
    const first = await ensureAdmin(db.storage, undefined);
    expect(first.created).toBe(true);
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await ensureAdmin(db.storage, "another password")).toEqual({ created: false });
    expect((await db.storage.listUsers()).map((u) => [u.username, u.role])).toEqual([
      ["admin", "admin"],
    ]);
  });
});
