import Papa from "papaparse";
import { storedRawOf } from "../../../dashboard/server/aggregation/stored-raw";
import { loadDemoData } from "../../../dashboard/server/first-start";
import { makeRecord } from "../support/records";
import { startTestApp, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(120_000);

/** Lets a test make the audit refuse (the real auditor is the SDC side's, issue 14). */
const audit = { refuse: false };
jest.mock("../../../dashboard/server/disclosure/check-release", () => {
  const actual = jest.requireActual("../../../dashboard/server/disclosure/check-release");
  return {
    ...actual,
    checkRelease: (...args: unknown[]) =>
      audit.refuse
        ? {
            ok: false,
            audit: { cellsChecked: 1, tightest: [] },
            reasonsJa: ["第6回の合計が2社分に絞り込めます。"],
            reasonsEn: ["Round 6's total narrows to two companies."],
          }
        : actual.checkRelease(...args),
  };
});

describe.each(DRIVERS)("POST/GET /api/releases on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(async () => t?.close());
  beforeEach(async () => {
    audit.refuse = false;
    await t.reset();
  });

  const admin = (method: "GET" | "POST", url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      headers: { cookie: t.cookie.admin },
      ...(payload ? { payload } : {}),
    });

  it("numbers releases, lists them with scope and record count, and serves the same bytes every time", async () => {
    await loadDemoData(t.db.storage, new Date("2026-03-01T00:00:00Z"));
    const round = await admin("POST", "/api/releases", { fiscalYear: 2025, round: 2 });
    expect(round.statusCode).toBe(201);
    expect(round.json()).toMatchObject({ fiscalYear: 2025, round: 2, recordCount: 195 });
    // Where the time went, for the admin's devtools and the bench: every phase, in ms.
    expect(round.headers["server-timing"]).toMatch(
      /^read;dur=\d+\.\d, aggregate;dur=\d+\.\d, protect;dur=\d+\.\d, check;dur=\d+\.\d, store;dur=\d+\.\d$/,
    );
    const list = (await admin("GET", "/api/releases?fiscalYear=2025")).json();
    expect(list.releases.map((r: { round: number | null }) => r.round)).toEqual([null, 2]);
    expect(list.releases[0].id).toBeLessThan(list.releases[1].id);
    const reads = await Promise.all(
      [1, 2, 3].map(() =>
        t.app.inject({
          method: "GET",
          url: "/api/summary?fiscalYear=2025&round=2",
          headers: { cookie: t.cookie.policy },
        }),
      ),
    );
    expect(new Set(reads.map((r) => r.body)).size).toBe(1);
    expect(reads[0]!.json().release).toMatchObject({ id: round.json().id, round: 2 });
    // Round 3 has no release of its own: the year's release answers for it.
    const round3 = await t.app.inject({
      method: "GET",
      url: "/api/summary?fiscalYear=2025&round=3",
      headers: { cookie: t.cookie.policy },
    });
    expect(round3.json().release).toMatchObject({ id: list.releases[0].id, round: null });
  });

  it("refuses a release the audit refuses: 409 with the reasons, Japanese first, nothing stored", async () => {
    await t.release(2025);
    audit.refuse = true;
    const refused = await admin("POST", "/api/releases", { fiscalYear: 2025 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: "RELEASE_REFUSED",
      reasonsJa: ["第6回の合計が2社分に絞り込めます。"],
      reasonsEn: ["Round 6's total narrows to two companies."],
    });
    expect(refused.json().error.messageJa).toMatch(/監査/);
    expect((await admin("GET", "/api/releases?fiscalYear=2025")).json().releases).toHaveLength(1);
    expect((await t.db.storage.listAudit(5)).map((a) => a.action)).toContain("release.refused");
  });

  it("keeps releases immutable in the database itself", async () => {
    await t.release(2025);
    await expect(t.db.client.query("UPDATE releases SET summary_json = '{}'")).rejects.toThrow(
      /immutable/,
    );
    await expect(t.db.client.query("DELETE FROM releases")).rejects.toThrow(/immutable/);
    // Its records' parts too (migration 13), once the release exists.
    await expect(t.db.client.query("UPDATE release_parts SET parts_json = 'null'")).rejects.toThrow(
      /immutable/,
    );
    await expect(t.db.client.query("DELETE FROM release_parts")).rejects.toThrow(/immutable/);
  });

  it("keeps a release's records' parts in their own row, read back with its aggregates; a refused release leaves none", async () => {
    await loadDemoData(t.db.storage, new Date("2026-03-01T00:00:00Z"));
    const parts = () =>
      t.db.client.query<{ id: number; n: number }>(
        "SELECT id, length(parts_json)::int AS n FROM release_parts ORDER BY id",
      );
    const [demo] = await t.db.storage.releasesWithRaw(2025);
    expect(await parts()).toEqual([{ id: demo!.id, n: demo!.partsJson!.length }]);
    // The aggregates without them, and every record of the year with a part in them.
    expect(JSON.parse(demo!.rawJson)).not.toHaveProperty("recordParts");
    const raw = storedRawOf(demo!);
    expect(raw.recordParts!.who).toHaveLength(195);
    expect(Object.keys(raw)).toEqual(["fiscalYear", "groups", "bands", "recordParts"]);

    audit.refuse = true;
    expect((await admin("POST", "/api/releases", { fiscalYear: 2025 })).statusCode).toBe(409);
    expect((await parts()).map((p) => p.id)).toEqual([demo!.id]);
    audit.refuse = false;
    const second = await admin("POST", "/api/releases", { fiscalYear: 2025, round: 1 });
    expect(second.statusCode).toBe(201);
    expect((await parts()).map((p) => p.id)).toEqual([demo!.id, second.json().id]);
  });

  it("reads a release stored before migration 13 (its parts inside raw_json) with its parts", async () => {
    await loadDemoData(t.db.storage, new Date("2026-03-01T00:00:00Z"));
    const [demo] = await t.db.storage.releasesWithRaw(2025);
    const older = {
      ...demo!,
      rawJson: JSON.stringify(storedRawOf(demo!)),
      partsJson: null,
    };
    expect(storedRawOf(older)).toEqual(storedRawOf(demo!));
  });

  it("removes staged parts that no release refers to after an hour, and only those", async () => {
    await loadDemoData(t.db.storage, new Date("2026-03-01T00:00:00Z"));
    const [demo] = await t.db.storage.releasesWithRaw(2025);
    // Left behind by a process that stopped between staging and storing its release.
    await t.db.client.query(
      `INSERT INTO release_parts (id, parts_json, staged_at)
       VALUES (900001, 'null', now() - interval '2 hours')`,
    );
    await t.db.storage.stageReleaseParts(900002, "null");
    await t.db.storage.stageReleaseParts(900003, "null");
    const ids = await t.db.client.query<{ id: number }>("SELECT id FROM release_parts ORDER BY id");
    expect(ids.map((r) => r.id)).toEqual([demo!.id, 900002, 900003]);
  });

  it("suggests a round once its 実績報告 window closed and until a release after that", async () => {
    // 2026-07-15 in Tokyo: the windows of rounds 1–3 have closed (until 02-28, 04-30, 06-30).
    const july = await startTestApp(driver, { now: () => new Date("2026-07-15T03:00:00Z") });
    try {
      const call = (method: "GET" | "POST", url: string, payload?: object) =>
        july.app.inject({
          method,
          url,
          headers: { cookie: july.cookie.admin },
          ...(payload ? { payload } : {}),
        });
      const due = async () =>
        (await call("GET", "/api/releases?fiscalYear=2025"))
          .json()
          .suggestions.map(
            (s: { round: number; reportUntil: string }) => `${s.round}:${s.reportUntil}`,
          );
      expect(await due()).toEqual(["1:2026-02-28", "2:2026-04-30", "3:2026-06-30"]);
      expect((await call("POST", "/api/releases", { fiscalYear: 2025, round: 2 })).statusCode).toBe(
        201,
      );
      expect(await due()).toEqual(["1:2026-02-28", "3:2026-06-30"]);
      expect((await call("POST", "/api/releases", { fiscalYear: 2025 })).statusCode).toBe(201);
      expect(await due()).toEqual([]);
    } finally {
      await july.close();
    }
  });

  it("answers 400 naming the field for an unknown round or year", async () => {
    const bad = await admin("POST", "/api/releases", { fiscalYear: 2031 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe("fiscalYear");
    const extra = await admin("POST", "/api/releases", { fiscalYear: 2025, round: 2, x: 1 });
    expect(extra.statusCode).toBe(400);
  });

  it("issues a batch of company tokens as a mail-merge CSV: BOM, formula-safe, each token works once per company", async () => {
    const response = await admin("POST", "/api/tokens/batch", {
      fiscalYear: 2025,
      round: 1,
      labels: ['=HYPERLINK("x")', "株式会社テスト", "+cmd"],
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers["content-type"]).toContain("text/csv");
    expect(response.body.startsWith("\ufeff")).toBe(true);
    const rows = Papa.parse<string[]>(response.body.slice(1).trim()).data;
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      '\'=HYPERLINK("x")',
      "株式会社テスト",
      "'+cmd",
    ]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const token = rows[2]![1]!;
    const submit = (record: object) =>
      t.app.inject({
        method: "POST",
        url: "/api/submissions",
        headers: { authorization: `Bearer ${token}` },
        payload: record,
      });
    expect((await submit(makeRecord())).statusCode).toBe(201);
    expect((await submit(makeRecord())).json().status).toBe("replaced");
    expect(await t.db.storage.countRecords(2025)).toBe(1);
    // Revoking the company's record removes it; the token itself stays active.
    const tokenId = Number(rows[2]![4]);
    const revoked = await t.app.inject({
      method: "DELETE",
      url: `/api/tokens/${tokenId}/record`,
      headers: { cookie: t.cookie.admin },
    });
    expect(revoked.statusCode).toBe(204);
    expect(await t.db.storage.countRecords(2025)).toBe(0);
    const again = await t.app.inject({
      method: "DELETE",
      url: `/api/tokens/${tokenId}/record`,
      headers: { cookie: t.cookie.admin },
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.messageJa).toMatch(/レコード/);
  });
});
