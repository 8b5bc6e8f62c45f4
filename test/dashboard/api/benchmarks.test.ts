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
    // Both peer groups of the demo's most common industry and its largest-firm band, each with
    // both figures' quartiles (before issue 14's fix of over-suppression, only the band's
    // wage gap was released).
    expect(body.groups.map((g) => [g.dimension, g.key])).toEqual([
      ["industry", "E"],
      ["sizeBand", "100-300"],
    ]);
    for (const group of body.groups) {
      expect(group.companies).toBeGreaterThanOrEqual(10);
      for (const q of [group.femaleManagerRatio, group.wageGap]) {
        expect(q).not.toBeNull();
        if (q!.companies !== null) expect(q!.companies).toBeGreaterThanOrEqual(10);
        expect(q!.q1).toBeLessThanOrEqual(q!.median);
        expect(q!.median).toBeLessThanOrEqual(q!.q3);
        for (const v of [q!.q1, q!.median, q!.q3]) expect(Number.isInteger(v)).toBe(true);
      }
    }
    // Every group served matches the release's published quartiles.
    const release = await t.db.storage.latestRelease(2025, null);
    type Row = {
      key: string;
      figures: { stats: Record<string, { median: { value: number | null } }> };
    };
    const year = (
      JSON.parse(release!.publicationJson) as {
        fiscalYearScope: { bySizeBand: Row[]; byIndustry: Row[] };
      }
    ).fiscalYearScope;
    const industry = year.byIndustry.find((r) => r.key === "E")!;
    const band = year.bySizeBand.find((r) => r.key === "100-300")!;
    expect(body.groups[0]!.wageGap!.median).toBe(
      industry.figures.stats["wageGapAll"]!.median.value,
    );
    expect(body.groups[0]!.femaleManagerRatio!.median).toBe(
      industry.figures.stats["managerRatioAfter"]!.median.value,
    );
    expect(body.groups[1]!.wageGap!.median).toBe(band.figures.stats["wageGapAll"]!.median.value);
  });

  it("serves the demo's other common industries and every size band", async () => {
    for (const industry of ["G", "I", "P", "R"]) {
      const body = benchmarksResponseSchema.parse(
        (await ask(`fiscalYear=2025&industry=${industry}`)).json(),
      );
      expect([industry, body.groups.length]).toEqual([industry, 1]);
      expect(body.groups[0]!.wageGap).not.toBeNull();
    }
    for (const sizeBand of ["1-29", "30-99", "100-300"]) {
      const body = benchmarksResponseSchema.parse(
        (await ask(`fiscalYear=2025&sizeBand=${sizeBand}`)).json(),
      );
      expect([sizeBand, body.groups[0]?.femaleManagerRatio ?? null]).not.toEqual([sizeBand, null]);
    }
  });

  it("refuses a query it cannot read, naming the field", async () => {
    const response = await ask("fiscalYear=2025&industry=Z");
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe("industry");
  });
});
