/**
 * The typed dashboard URL + an API route: `https://host/base/` + "submissions" →
 * `https://host/base/api/submissions`; null when the URL is not http(s) (the pane never
 * sends anything to a `javascript:` or `file:` address).
 */
export function dashboardApiUrl(base: string, route: string): string | null {
  let url: URL;
  try {
    url = new URL(base.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/api/${route}`;
}
