import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadStoredSchedules } from "../../../dashboard/server/schedules/load-stored-schedules";
import { findRound, knownFiscalYears } from "../../../shared/schedule/find-round";
import { resetSchedules } from "../../../shared/schedule/schedule-book";
import { makeRecord } from "../support/records";
import { startTestApp, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(60_000);

// A made-up FY2026 schedule with two rounds (FY2025 has six): next year is data, not code.
const FY2026: { fiscalYear: number; rounds: { periodEnd: string }[] } = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/schedules/fy2026-made-up.json"), "utf8"),
);

describe.each(DRIVERS)("schedules on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  beforeEach(async () => {
    resetSchedules();
    await t.reset();
  });
  afterAll(async () => {
    resetSchedules();
    await t?.close();
  });

  const put = (body: unknown, cookie = t.cookie.admin, year = 2026) =>
    t.app.inject({
      method: "PUT",
      url: `/api/schedules/${year}`,
      headers: { cookie, "content-type": "application/json" },
      payload: JSON.stringify(body),
    });
  /** A company's record for FY2026 round 2, sent with a fresh token of that round. */
  const submitToRound2 = async () => {
    const bearer = await t.token(2026, 2);
    return t.app.inject({
      method: "POST",
      url: "/api/submissions",
      headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
      payload: JSON.stringify(
        makeRecord((r) => {
          r.fiscalYear = 2026;
          r.round = 2;
        }),
      ),
    });
  };
  const list = async () =>
    (
      (await t.app.inject({ method: "GET", url: "/api/schedules" })).json() as {
        schedules: { fiscalYear: number; origin: string; rounds: unknown[] }[];
      }
    ).schedules;

  it("GET /api/schedules is public and lists the bundled FY2025", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: "/api/schedules",
      headers: { origin: "https://pane.example" },
    });
    expect(response.statusCode).toBe(200);
    // Any task pane may read it: public data, no cookie.
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    const schedules = await list();
    expect(schedules.map((s) => [s.fiscalYear, s.origin, s.rounds.length])).toEqual([
      [2025, "bundled", 6],
    ]);
  });

  it("admin uploads FY2026: listed, stored, audited, and its rounds take tokens and records", async () => {
    // Before: FY2026 round 2 is unknown to tokens and records.
    const before = await t.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { cookie: t.cookie.admin },
      payload: { fiscalYear: 2026, round: 2 },
    });
    expect(before.statusCode).toBe(400);

    const response = await put(FY2026);
    expect(response.statusCode).toBe(200);
    expect((await list()).map((s) => [s.fiscalYear, s.origin, s.rounds.length])).toEqual([
      [2025, "bundled", 6],
      [2026, "uploaded", 2],
    ]);
    expect(await t.db.storage.listSchedules()).toEqual([
      expect.objectContaining({ fiscalYear: 2026, body: FY2026 }),
    ]);
    const audit = await t.db.storage.listAudit(10);
    expect(audit[0]).toMatchObject({
      action: "schedule.save",
      detail: { fiscalYear: 2026, rounds: 2 },
    });

    expect((await submitToRound2()).statusCode).toBe(201);
  });

  it("refuses a release, naming the round, when the schedule was uploaded again without a round that has records", async () => {
    expect((await put(FY2026)).statusCode).toBe(200);
    expect((await submitToRound2()).statusCode).toBe(201);
    const oneRound = structuredClone(FY2026);
    oneRound.rounds = oneRound.rounds.slice(0, 1);
    expect((await put(oneRound)).statusCode).toBe(200);
    const release = await t.app.inject({
      method: "POST",
      url: "/api/releases",
      headers: { cookie: t.cookie.admin },
      payload: { fiscalYear: 2026 },
    });
    // Was a 500 (the audit's LP found the rounds not adding up to the year).
    expect(release.statusCode).toBe(409);
    expect(release.json().error).toMatchObject({
      code: "ROUNDS_NOT_IN_SCHEDULE",
      messageJa:
        "2026年度 第2回の記録がありますが、日程表にその回がありません。日程表にその回を戻すか、その回の記録を取り消してから公表してください。",
    });
    expect(await t.db.storage.listReleases(2026)).toEqual([]);
  });

  it("a restarted server loads the uploaded year from the database", async () => {
    expect((await put(FY2026)).statusCode).toBe(200);
    resetSchedules(); // a new process knows only the bundled year …
    expect(findRound(2026, 1)).toBeUndefined();
    expect(await loadStoredSchedules(t.db.storage)).toEqual([]); // … until it loads the stored ones
    expect(knownFiscalYears()).toEqual([2025, 2026]);
    expect(findRound(2026, 2)?.implementation).toEqual({ start: "2027-03-01", end: "2027-08-31" });
  });

  it("refuses a bad file with every field at fault, and stores nothing", async () => {
    const bad = structuredClone(FY2026);
    bad.rounds[1]!.periodEnd = "2027-02-30";
    const response = await put(bad);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual([
      {
        path: "rounds[1].periodEnd",
        code: "invalid_schedule",
        messageJa: "rounds[1].periodEnd: 日付は YYYY-MM-DD の実在する日で書いてください",
        messageEn: "rounds[1].periodEnd: must be an existing date written YYYY-MM-DD",
      },
    ]);
    expect(await t.db.storage.listSchedules()).toEqual([]);
    expect(knownFiscalYears()).toEqual([2025]);
  });

  it("refuses a file whose year differs from the address, or that overlaps FY2025", async () => {
    const mismatch = await put(FY2026, t.cookie.admin, 2027);
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.fields[0].path).toBe("fiscalYear");
    const overlapping = structuredClone(FY2026) as unknown as {
      rounds: { applicationStart: string }[];
    };
    overlapping.rounds[0]!.applicationStart = "2026-04-01";
    const clash = await put(overlapping);
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.fields[0].messageJa).toContain("2025年度第6回と重なっています");
  });

  it("only admin may upload", async () => {
    expect((await put(FY2026, t.cookie.foundation)).statusCode).toBe(403);
    expect((await put(FY2026, t.cookie.policy)).statusCode).toBe(403);
    expect((await put(FY2026, "")).statusCode).toBe(401);
    expect(knownFiscalYears()).toEqual([2025]);
  });

  it("the summary of an uploaded year has its own rounds and capacities", async () => {
    expect((await put(FY2026)).statusCode).toBe(200);
    await t.release(2026); // viewers see only releases (issue 14)
    const summary = await t.app.inject({
      method: "GET",
      url: "/api/summary?fiscalYear=2026",
      headers: { cookie: t.cookie.foundation },
    });
    expect(summary.statusCode).toBe(200);
    expect(
      (summary.json() as { rounds: { round: number; capacity: number }[] }).rounds.map((r) => [
        r.round,
        r.capacity,
      ]),
    ).toEqual([
      [1, 100],
      [2, 60],
    ]);
  });
});
