/**
 * `https://host/base/` + `submissions` → `https://host/base/api/submissions`; null when the
 * configured dashboard address is not an http(s) URL. One place for every feature that talks to
 * the dashboard (sending the record, fetching schedules).
 */
export function dashboardApiUrl(base: string, endpoint: string): string | null {
  let url: URL;
  try {
    url = new URL(base.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/api/${endpoint}`;
}
