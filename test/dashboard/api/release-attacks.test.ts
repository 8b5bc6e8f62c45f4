import { randomUUID } from "node:crypto";
import { loadDemoData } from "../../../dashboard/server/first-start";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import { makeRecord } from "../support/records";
import { startTestApp, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

// Each test loads the demo year and creates its release (suppression widened to protection
// intervals, audited): seconds of CPU each, on a machine shared by several runs.
jest.setTimeout(300_000);

/**
 * Issue 14, the attacks on the RELEASES side, each through the HTTP API as an attacker would
 * make them. Each fails on the code before frozen releases (the summary and the exports were
 * computed from the live records, the foundation could import, a token was per round).
 */
describe.each(DRIVERS)("attacks on releases (%s)", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(async () => t?.close());
  beforeEach(async () => {
    await t.reset();
    await loadDemoData(t.db.storage); // the demo year and its release
  });

  const read = (url: string, who: "foundation" | "policy" | "admin" = "policy") =>
    t.app.inject({ method: "GET", url, headers: { cookie: t.cookie[who] } });
  const submit = (token: string, record: StatsRecord) =>
    t.app.inject({
      method: "POST",
      url: "/api/submissions",
      headers: { authorization: `Bearer ${token}` },
      payload: record,
    });
  const SCOPES = [
    "fiscalYear=2025",
    ...[1, 2, 3, 4, 5, 6].map((r) => `fiscalYear=2025&round=${r}`),
  ];
  const snapshot = async () =>
    Promise.all(SCOPES.map(async (q) => (await read(`/api/summary?${q}`)).body));

  it("before/after one submission: every summary a viewer reads is byte-identical until a new release", async () => {
    const before = await snapshot();
    // Round 6 holds two companies: a third would unhide it, and the difference is one company.
    const token = await t.token(2025, 6);
    const record = makeRecord((r) => (r.round = 6));
    expect((await submit(token, record)).statusCode).toBe(201);
    expect(await t.db.storage.countRecords(2025)).toBe(demoRecords().length + 1);
    expect(await snapshot()).toEqual(before);
    // A release now differs from the demo's by that one company: the figures it changed are
    // hidden (with their complements) until every protection interval holds, and the release
    // is created. (Before the protection-interval loop the audit refused it.)
    const created = await t.app.inject({
      method: "POST",
      url: "/api/releases",
      headers: { cookie: t.cookie.admin },
      payload: { fiscalYear: 2025 },
    });
    expect(created.statusCode).toBe(201);
    const round6 = (await read("/api/summary?fiscalYear=2025&round=6")).json();
    const demoRound6 = demoRecords().filter((r) => r.round === 6).length;
    // The number of companies is public; what the new company did is not.
    expect(round6.scope.figures.companies).toEqual({ value: demoRound6 + 1, suppressed: false });
    expect(round6.scope.figures.selected.A.suppressed).toBe(true);
    expect(round6.scope.figures.achieved.A.suppressed).toBe(true);
    expect(round6.scope.figures.sums.projectedGrantYen.suppressed).toBe(true);
    // Nor does the year give it away: its selected A changed by that one company too.
    const year = (await read("/api/summary?fiscalYear=2025")).json();
    expect(year.scope.figures.selected.A.suppressed).toBe(true);
  });

  it("CSV vs page: every export is cut from the same release as the page, whenever downloaded", async () => {
    const page = (await read("/api/summary?fiscalYear=2025")).json();
    const csv = async () => (await read("/api/report?fiscalYear=2025&format=csv")).body;
    const html = async () => (await read("/api/report?fiscalYear=2025&format=html")).body;
    const firstCsv = await csv();
    const firstHtml = await html();
    expect(firstCsv).toContain(`公表番号 ${page.release.id}（`);
    expect(firstHtml).toContain(`公表番号 ${page.release.id}（`);
    // New records, then the same downloads: the same bytes (the report's texts come from the
    // release's figures, not from the records).
    const token = await t.token(2025, 6);
    expect(
      (
        await submit(
          token,
          makeRecord((r) => (r.round = 6)),
        )
      ).statusCode,
    ).toBe(201);
    expect(await csv()).toBe(firstCsv);
    expect(await html()).toBe(firstHtml);
    const texts = (await read("/api/report/texts?fiscalYear=2025")).json();
    for (const item of texts.items as { text: string }[]) expect(firstCsv).toContain(item.text);
  });

  it("insert known records, then subtract: the foundation cannot import at all", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: t.cookie.foundation },
      payload: [makeRecord((r) => (r.round = 6))],
    });
    expect(response.statusCode).toBe(403);
    expect(await t.db.storage.countRecords(2025)).toBe(demoRecords().length);
  });

  it("insert known records, then subtract: an admin import after a release does not change it, and the batch can be removed whole", async () => {
    const before = await snapshot();
    const fake = [makeRecord((r) => (r.round = 6)), makeRecord((r) => (r.round = 6))];
    const imported = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: t.cookie.admin },
      payload: fake,
    });
    expect(imported.statusCode).toBe(201);
    expect(await snapshot()).toEqual(before);
    const batches = (await read("/api/imports", "admin")).json().batches;
    expect(batches).toEqual([
      expect.objectContaining({ id: imported.json().batchId, recordCount: 2, removedAt: null }),
    ]);
    const removed = await t.app.inject({
      method: "DELETE",
      url: `/api/imports/${imported.json().batchId}`,
      headers: { cookie: t.cookie.admin },
    });
    expect(removed.statusCode).toBe(204);
    expect(await t.db.storage.countRecords(2025)).toBe(demoRecords().length);
    // Removed whole: a release now is the demo release again, figure for figure.
    await t.release(2025);
    const again = (await read("/api/summary?fiscalYear=2025")).json();
    const first = JSON.parse(before[0]!);
    expect(again.scope).toEqual(first.scope);
    expect(again.release.id).toBeGreaterThan(first.release.id);
  });

  // The protection of a release that contains a known record is checkRelease's and
  // buildPublication({ earlier })'s job (the SDC side of issue 14): refused, or round 6 hidden.
  // (It failed on the releases branch alone, with the seam's temporary check-release.ts.)
  it("insert known records, then subtract: a new release with the fake record still protects the two real companies", async () => {
    const fake = makeRecord((r) => (r.round = 6));
    const imported = await t.app.inject({
      method: "POST",
      url: "/api/imports",
      headers: { cookie: t.cookie.admin },
      payload: [fake],
    });
    expect(imported.statusCode).toBe(201);
    const created = await t.app.inject({
      method: "POST",
      url: "/api/releases",
      headers: { cookie: t.cookie.admin },
      payload: { fiscalYear: 2025, round: 6 },
    });
    if (created.statusCode === 409) return; // refused by the audit: protected
    expect(created.statusCode).toBe(201);
    const round6 = (await read("/api/summary?fiscalYear=2025&round=6")).json().scope.figures;
    // Anything published about round 6 minus the known record is the two real companies.
    const figures = [
      ...Object.values(round6.selected),
      ...Object.values(round6.achieved),
      round6.trainingComplete,
      ...Object.values(round6.sums),
      ...Object.values(round6.stats).flatMap((s) => {
        const q = s as { q1: unknown; median: unknown; q3: unknown };
        return [q.q1, q.median, q.q3];
      }),
    ] as { value: number | null; suppressed: boolean }[];
    for (const figure of figures) expect(figure.value).toBeNull();
  });

  it("the same company twice: a second record with the same token replaces the first and counts once", async () => {
    const token = await t.token(2025, 1);
    const first = makeRecord();
    const second = makeRecord((r) => (r.categories = { total: 5, below40: 1 }));
    expect((await submit(token, first)).statusCode).toBe(201);
    const again = await submit(token, first);
    expect(again.statusCode).toBe(200);
    expect(again.json().status).toBe("alreadyStored");
    const replaced = await submit(token, second);
    expect(replaced.statusCode).toBe(201);
    expect(replaced.json().status).toBe("replaced");
    expect(await t.db.storage.countRecords(2025)).toBe(demoRecords().length + 1);
    // Three more companies with the second's figures, so that the release differs from the
    // demo's by four identical records (a change of a sum needs 4 contributors,
    // MAGNITUDE_EXTRA_COMPANIES; one company alone the disclosure audit would refuse).
    for (let i = 0; i < 3; i++) {
      const more = await submit(await t.token(2025, 1), { ...second, submissionId: randomUUID() });
      expect(more.statusCode).toBe(201);
    }
    await t.release(2025, 1);
    const round1 = (await read("/api/summary?fiscalYear=2025&round=1")).json();
    const demoRound1 = demoRecords().filter((r) => r.round === 1).length;
    expect(round1.scope.figures.companies.value).toBe(demoRound1 + 4);
    // The year's categories count the second record, not the first.
    const categories = (records: readonly StatsRecord[]) =>
      records.reduce((sum, r) => sum + r.categories.total, 0);
    await t.release(2025);
    const year = (await read("/api/summary?fiscalYear=2025")).json();
    expect(year.scope.figures.sums.categoriesTotal.value).toBe(
      categories(demoRecords()) + 4 * second.categories.total,
    );
  });
});
