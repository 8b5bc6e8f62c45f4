import { loadDemoData } from "../../../dashboard/server/first-start";
import { benchmarksResponseSchema } from "../../../shared/api/benchmarks";
import { startTestApp, type TestApp } from "../support/test-app";

jest.setTimeout(120_000);

/**
 * GET /api/benchmarks on the demo year (issue 18): public, from the latest release only, and
 * only groups released with at least 10 companies and unsuppressed quartiles.
 */
describe("the peers' released figures", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite");
  });
  afterAll(async () => t?.close());

  const ask = (query: string) =>
    t.app.inject({
      method: "GET",
      url: `/api/benchmarks?${query}`,
      headers: { origin: "https://pane.example" },
    });

  it("answers 「まだ公表されていません」 before the year has a release", async () => {
    const response = await ask("fiscalYear=2025&industry=E&sizeBand=30-99");
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("NOT_RELEASED");
  });

  it("serves the released industry and size-band groups, without login, to any pane", async () => {
    await loadDemoData(t.db.storage);
    await t.release(2025);
    const response = await ask("fiscalYear=2025&industry=E&sizeBand=100-300");
    expect(response.statusCode).toBe(200);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    const body = benchmarksResponseSchema.parse(response.json());
    expect(body.minCompanies).toBeGreaterThanOrEqual(10);
    expect(body.groups.length).toBeGreaterThan(0);
    for (const group of body.groups) {
      expect(group.companies).toBeGreaterThanOrEqual(10);
      for (const q of [group.femaleManagerRatio, group.wageGap]) {
        if (q === null) continue;
        expect(q.companies).toBeGreaterThanOrEqual(10);
        expect(q.q1).toBeLessThanOrEqual(q.median);
        expect(q.median).toBeLessThanOrEqual(q.q3);
      }
    }
    // Every group served matches the release: here the 100–300 band, whose wage-gap quartiles
    // the disclosure control released (41 companies); a group whose quartiles it withheld (the
    // demo's industries) is not served at all.
    const release = await t.db.storage.latestRelease(2025, null);
    const band = (
      JSON.parse(release!.publicationJson) as {
        fiscalYearScope: {
          bySizeBand: {
            key: string;
            figures: { stats: { wageGapAll: { median: { value: number | null } } } };
          }[];
        };
      }
    ).fiscalYearScope.bySizeBand.find((r) => r.key === "100-300")!;
    const served = body.groups.find((g) => g.dimension === "sizeBand");
    expect(served?.key).toBe("100-300");
    expect(served?.wageGap?.median).toBe(band.figures.stats.wageGapAll.median.value);
  });

  it("refuses a query it cannot read, naming the field", async () => {
    const response = await ask("fiscalYear=2025&industry=Z");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe("industry");
  });
});
