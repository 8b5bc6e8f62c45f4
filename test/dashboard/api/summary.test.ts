import { randomUUID } from "node:crypto";
import { auditSolverReady, loadedSolver } from "../../../dashboard/server/disclosure/audit/solver";
import { protectIntervals } from "../../../dashboard/server/disclosure/interval-protection";
import { storedRawOf } from "../../../dashboard/server/aggregation/stored-raw";
import type {
  Publication,
  ScopePublication,
} from "../../../dashboard/server/aggregation/publication";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import { loadDemoData } from "../../../dashboard/server/first-start";
import { makeRecord } from "../support/records";
import { attack, COUNT_MEASURES } from "../support/attacker";
import { referenceAggregate } from "../support/reference-aggregate";
import { startTestApp, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(60_000);

const ROUNDS = [1, 2, 3, 4, 5, 6].map((round) => ({ round, capacity: round === 1 ? 100 : 80 }));

describe.each(DRIVERS)("GET /api/summary on %s", (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(async () => t?.close());

  const get = (query: string, who: "foundation" | "policy" | "admin" = "foundation") =>
    t.app.inject({
      method: "GET",
      url: `/api/summary?${query}`,
      headers: { cookie: t.cookie[who] },
    });

  it("answers 「まだ公表されていません」 (404 NOT_RELEASED) before the first release", async () => {
    for (const query of ["fiscalYear=2025", "fiscalYear=2025&round=3"]) {
      const response = await get(query);
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe("NOT_RELEASED");
      expect(response.json().error.messageJa).toContain("まだ公表されていません");
    }
  });

  it("reports a released empty year as zeros against the capacities, nothing suppressed", async () => {
    const id = await t.release(2025);
    const response = await get("fiscalYear=2025");
    expect(response.statusCode).toBe(200);
    expect(response.json().release).toEqual({
      id,
      fiscalYear: 2025,
      round: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const body = response.json();
    expect(body.scope.capacity).toBe(500);
    expect(body.rounds.map((r: { capacity: number }) => r.capacity)).toEqual([
      100, 80, 80, 80, 80, 80,
    ]);
    expect(body.scope.figures.companies).toEqual({ value: 0, suppressed: false });
    expect(JSON.stringify(body)).not.toContain('"suppressed":true');
    expect(body.scope.figures.stats.wageGapAll.median).toEqual({ value: null, suppressed: false });
  });

  describe("with the demo year loaded", () => {
    const records = demoRecords();
    let year: { scope: ScopePublication; rounds: { round: number }[] };
    let roundScopes: ScopePublication[];
    beforeAll(async () => {
      await loadDemoData(t.db.storage);
      year = (await get("fiscalYear=2025")).json();
      roundScopes = [];
      for (const round of [1, 2, 3, 4, 5, 6])
        roundScopes.push((await get(`fiscalYear=2025&round=${round}`, "policy")).json().scope);
    });

    it("serves exactly the published (suppressed) figures, the same for every role", async () => {
      // What release creation publishes: suppression widened to every protection interval,
      // together with the releases of the year made before (an earlier test's empty year).
      await auditSolverReady;
      const stored = await t.db.storage.releasesWithRaw(2025);
      const earlier = stored.slice(0, -1).map((r) => ({
        fiscalYear: 2025,
        round: r.round,
        raw: storedRawOf(r),
        publication: JSON.parse(r.publicationJson) as Publication,
      }));
      const expected = protectIntervals(
        referenceAggregate(records, 2025),
        ROUNDS,
        { earlier },
        loadedSolver()!,
      ).publication;
      expect(year.scope).toEqual(expected.fiscalYearScope);
      expect(roundScopes).toEqual(expected.rounds);
      expect(year.rounds).toEqual(
        expected.rounds.map((r) => ({ round: r.round, capacity: r.capacity, figures: r.figures })),
      );
      expect((await get("fiscalYear=2025", "admin")).json().scope).toEqual(year.scope);
    });

    it("counts records against capacity and hides the round of two entirely", () => {
      expect(year.scope.figures.companies).toEqual({ value: records.length, suppressed: false });
      const round6 = roundScopes[5]!;
      // Numbers of companies are public (issue 14); every other figure is hidden or a 0 that a
      // published 0 implies.
      expect(round6.figures.companies).toEqual({ value: 2, suppressed: false });
      const { companies: _shown, ...computed } = round6.figures;
      expect(JSON.stringify(computed)).not.toMatch(/"value":[1-9]/);
    });

    it("gives an attacker holding every summary answer nothing back", () => {
      const published: Pick<Publication, "fiscalYearScope" | "rounds"> = {
        fiscalYearScope: year.scope,
        rounds: roundScopes,
      };
      const result = attack(published);
      expect(result.suppressedCount).toBeGreaterThan(100);
      expect([...result.recovered.keys()]).toEqual([]);
      expect(
        result.hiddenSums.filter(
          (h) => COUNT_MEASURES.includes(h.measure) && h.value > 0 && h.value < 3,
        ),
      ).toEqual([]);
    });

    it("serves the release, not the records: a submission shows only in the next release", async () => {
      // Updated for issue 14: this test used to expect the live summary to count a new record
      // right after its submission; now only a new release does.
      // Three companies with the same figures: the next release differs from this one by three
      // identical records in every cell, which the disclosure audit (s7-sdc) lets through; one
      // new record alone would be pinned by differencing the two releases, and refused.
      const before = await get("fiscalYear=2025");
      const template = makeRecord();
      for (let i = 0; i < 3; i++) {
        const token = await t.token(2025, 1);
        const response = await t.app.inject({
          method: "POST",
          url: "/api/submissions",
          headers: { authorization: `Bearer ${token}` },
          payload: { ...template, submissionId: randomUUID() },
        });
        expect(response.statusCode).toBe(201);
      }
      expect((await get("fiscalYear=2025")).body).toBe(before.body);
      const id = await t.release(2025);
      const after = (await get("fiscalYear=2025")).json();
      expect(after.release.id).toBe(id);
      expect(after.scope.figures.companies.value).toBe(
        before.json().scope.figures.companies.value + 3,
      );
    });

    it("never shows a wage-gap or ratio quartile of fewer than 3 companies", () => {
      for (const scope of [year.scope, ...roundScopes]) {
        for (const row of [{ figures: scope.figures }, ...scope.bySizeBand, ...scope.byIndustry]) {
          for (const stat of Object.values(row.figures.stats)) {
            if (stat.n.value !== null && stat.n.value > 0 && stat.n.value < 3) {
              expect(stat.median.suppressed).toBe(true);
            }
          }
        }
      }
    });
  });

  it.each([
    ["no fiscal year", "", "fiscalYear"],
    ["a fiscal year that is not a number", "fiscalYear=next", "fiscalYear"],
    ["a fiscal year without a schedule", "fiscalYear=2031", "fiscalYear"],
    ["round 0", "fiscalYear=2025&round=0", "round"],
    ["round 7", "fiscalYear=2025&round=7", "round"],
    ["an unknown parameter", "fiscalYear=2025&debug=1", "debug"],
    ["a repeated parameter", "fiscalYear=2025&fiscalYear=2024", "fiscalYear"],
  ])("answers %s with 400 naming the parameter", async (_name, query, field) => {
    const response = await get(query);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
  });
});
