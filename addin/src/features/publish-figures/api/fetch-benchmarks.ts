import {
  type BenchmarksQuery,
  type BenchmarksResponse,
  benchmarksResponseSchema,
  type PeerQuartiles,
} from "../../../../../shared/api/benchmarks";

export interface Said {
  ja: string;
  en: string;
}

export type BenchmarksOutcome =
  { ok: true; data: BenchmarksResponse } | { ok: false; message: Said };

/**
 * `https://host/base/` + the query → the benchmarks URL; null when the base is not http(s).
 * Only the fiscal year, industry and size band go into it: nothing about the company's figures.
 */
export function benchmarksUrl(base: string, query: BenchmarksQuery): string | null {
  let url: URL;
  try {
    url = new URL(base.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const params = new URLSearchParams({ fiscalYear: String(query.fiscalYear) });
  if (query.industry !== undefined) params.set("industry", query.industry);
  if (query.sizeBand !== undefined) params.set("sizeBand", query.sizeBand);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/api/benchmarks?${params}`;
}

const FAILED: Record<"badUrl" | "network" | "status" | "shape", (status?: number) => Said> = {
  badUrl: () => ({
    ja: "ダッシュボードのURLが正しくありません（「統計レコード」の手順で設定します）。",
    en: "The dashboard URL is not valid (set it in the Statistics record step).",
  }),
  network: () => ({
    ja: "ダッシュボードに接続できませんでした。ネットワークとURLを確認してください。",
    en: "Could not reach the dashboard. Check the network and the URL.",
  }),
  status: (status) => ({
    ja: `比較データを取得できませんでした（応答 ${status}）。公開データがまだない可能性があります。`,
    en: `No comparison data (answer ${status}); the figures may not be released yet.`,
  }),
  shape: () => ({
    ja: "ダッシュボードの応答を読めませんでした（形式が違います）。",
    en: "The dashboard's answer could not be read (unexpected format).",
  }),
};

/** GET /api/benchmarks: public, no token, no company figures sent; the answer checked with the shared schema. */
export async function fetchBenchmarks(
  base: string,
  query: BenchmarksQuery,
  fetchImpl: typeof fetch = fetch,
): Promise<BenchmarksOutcome> {
  const url = benchmarksUrl(base, query);
  if (url === null) return { ok: false, message: FAILED.badUrl() };
  let response: Response;
  try {
    response = await fetchImpl(url, { method: "GET", credentials: "omit" });
  } catch {
    return { ok: false, message: FAILED.network() };
  }
  if (!response.ok) return { ok: false, message: FAILED.status(response.status) };
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, message: FAILED.shape() };
  }
  const parsed = benchmarksResponseSchema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, message: FAILED.shape() };
}

/** Where the company's figure falls among its peers' quartiles. */
export function peerPosition(value: number | null, q: PeerQuartiles): Said | null {
  if (value === null) return null;
  if (value < q.q1) return { ja: "下位25%", en: "bottom quarter" };
  if (value < q.median) return { ja: "中央値より下", en: "below the median" };
  if (value < q.q3) return { ja: "中央値以上", en: "at or above the median" };
  return { ja: "上位25%", en: "top quarter" };
}
