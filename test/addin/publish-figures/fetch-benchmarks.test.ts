import {
  benchmarksUrl,
  fetchBenchmarks,
  peerPosition,
} from "../../../addin/src/features/publish-figures/api/fetch-benchmarks";

const answer = {
  fiscalYear: 2025,
  minCompanies: 10,
  groups: [
    {
      dimension: "industry",
      key: "E",
      labelJa: "製造業",
      labelEn: "Manufacturing",
      companies: 12,
      femaleManagerRatio: { companies: 11, q1: 8.3, median: 14.3, q3: 25 },
      wageGap: null,
    },
  ],
};

function fakeFetch(body: unknown, status = 200) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const impl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { impl, calls };
}

describe("the pane's peer comparison request", () => {
  it("carries only the fiscal year, industry and size band", async () => {
    const { impl, calls } = fakeFetch(answer);
    const out = await fetchBenchmarks(
      "https://dash.example/base/",
      { fiscalYear: 2025, industry: "E", sizeBand: "30-99" },
      impl,
    );
    expect(out).toEqual({ ok: true, data: answer });
    expect(calls).toHaveLength(1);
    const url = new URL(calls[0]!.url);
    expect(url.origin + url.pathname).toBe("https://dash.example/base/api/benchmarks");
    expect([...url.searchParams.keys()].sort()).toEqual(["fiscalYear", "industry", "sizeBand"]);
    expect(url.searchParams.get("sizeBand")).toBe("30-99");
    expect(calls[0]!.init).toMatchObject({ method: "GET", credentials: "omit" });
    expect(calls[0]!.init?.body).toBeUndefined();
  });

  it("leaves out what is not known, and refuses a non-http URL", () => {
    expect(benchmarksUrl("http://127.0.0.1:8080", { fiscalYear: 2025 })).toBe(
      "http://127.0.0.1:8080/api/benchmarks?fiscalYear=2025",
    );
    expect(benchmarksUrl("javascript:alert(1)", { fiscalYear: 2025 })).toBeNull();
  });

  it("says what went wrong: a status, a network failure, an answer of the wrong shape", async () => {
    const q = { fiscalYear: 2025 };
    const notFound = await fetchBenchmarks("https://d.example", q, fakeFetch({}, 404).impl);
    expect(notFound).toMatchObject({ ok: false, message: { ja: expect.stringContaining("404") } });
    const broken = (async () => {
      throw new TypeError("offline");
    }) as unknown as typeof fetch;
    expect(await fetchBenchmarks("https://d.example", q, broken)).toMatchObject({
      ok: false,
      message: { ja: expect.stringContaining("接続できません") },
    });
    const odd = await fetchBenchmarks("https://d.example", q, fakeFetch({ groups: "x" }).impl);
    expect(odd).toMatchObject({ ok: false, message: { ja: expect.stringContaining("形式") } });
  });

  it("places the company's figure among the quartiles", () => {
    const qs = { companies: 12, q1: 10, median: 20, q3: 30 };
    expect(peerPosition(5, qs)?.ja).toBe("下位25%");
    expect(peerPosition(10, qs)?.ja).toBe("中央値より下");
    expect(peerPosition(20, qs)?.ja).toBe("中央値以上");
    expect(peerPosition(30, qs)?.ja).toBe("上位25%");
    expect(peerPosition(null, qs)).toBeNull();
  });
});
