import { ADDIN_PORT } from "./dev-ports";

/** The address manifest.xml is written for: `npm start`'s dev server. */
export const MANIFEST_DEV_ORIGIN = `https://localhost:${ADDIN_PORT}`;

/**
 * Where the pane is hosted, as given to `build:addin --url`: an https address (Office loads
 * add-ins over https only), without query or fragment; returned with one trailing slash.
 */
export function paneBaseUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(
      `「${url}」は URL ではありません。https://… の形で指定してください。 / "${url}" is not a URL: give https://….`,
    );
  }
  if (parsed.protocol !== "https:")
    throw new Error(
      `アドインは https でしか読み込めません: ${url} / Office loads add-ins over https only: ${url}`,
    );
  if (parsed.search !== "" || parsed.hash !== "" || parsed.username !== "")
    throw new Error(
      `URL に ?… や #… や利用者名を含めないでください: ${url} / No query, fragment or user name in the URL: ${url}`,
    );
  return `${parsed.origin}${parsed.pathname.replace(/\/*$/, "/")}`;
}

/**
 * manifest.xml for another address: every URL under the dev origin is moved under `baseUrl`
 * (a bare origin, should the manifest ever list one, becomes the site's origin). Only URLs change, the way Microsoft's add-in template
 * swaps its dev URL for the production one at build time; the file's content stays the source.
 */
export function manifestForUrl(xml: string, baseUrl: string): string {
  const base = paneBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  return xml.split(`${MANIFEST_DEV_ORIGIN}/`).join(base).split(MANIFEST_DEV_ORIGIN).join(origin);
}
