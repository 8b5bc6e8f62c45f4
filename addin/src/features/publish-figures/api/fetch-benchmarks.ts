import {
  type BenchmarksQuery,
  type BenchmarksResponse,
  benchmarksResponseSchema,
  type PeerQuartiles,
} from "../../../../../shared/api/benchmarks";
import { type Bilingual, bilingual } from "../../../i18n/translate";
import { dashboardApiUrl } from "../../../settings/dashboard-url";

export type BenchmarksOutcome =
  { ok: true; data: BenchmarksResponse } | { ok: false; message: Bilingual };

/**
 * `https://host/base/` + the query → the benchmarks URL; null when the base is not http(s).
 * Only the fiscal year, industry and size band go into it: nothing about the company's figures.
 */
export function benchmarksUrl(base: string, query: BenchmarksQuery): string | null {
  const url = dashboardApiUrl(base, "benchmarks");
  if (url === null) return null;
  const params = new URLSearchParams({ fiscalYear: String(query.fiscalYear) });
  if (query.industry !== undefined) params.set("industry", query.industry);
  if (query.sizeBand !== undefined) params.set("sizeBand", query.sizeBand);
  return `${url}?${params}`;
}

const failed = (
  key: "peer.badUrl" | "peer.network" | "peer.status" | "peer.shape",
  status?: number,
): BenchmarksOutcome => ({
  ok: false,
  message: bilingual(key, status === undefined ? undefined : { status }),
});

/** GET /api/benchmarks: public, no token, no company figures sent; the answer checked with the shared schema. */
export async function fetchBenchmarks(
  base: string,
  query: BenchmarksQuery,
  fetchImpl: typeof fetch = fetch,
): Promise<BenchmarksOutcome> {
  const url = benchmarksUrl(base, query);
  if (url === null) return failed("peer.badUrl");
  let response: Response;
  try {
    response = await fetchImpl(url, { method: "GET", credentials: "omit" });
  } catch {
    return failed("peer.network");
  }
  if (!response.ok) return failed("peer.status", response.status);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return failed("peer.shape");
  }
  const parsed = benchmarksResponseSchema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : failed("peer.shape");
}

/** Where the company's figure falls among its peers' quartiles. */
export function peerPosition(value: number | null, q: PeerQuartiles): Bilingual | null {
  if (value === null) return null;
  if (value < q.q1) return bilingual("peer.bottomQuarter");
  if (value < q.median) return bilingual("peer.belowMedian");
  if (value < q.q3) return bilingual("peer.atOrAboveMedian");
  return bilingual("peer.topQuarter");
}
