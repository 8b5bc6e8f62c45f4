import { existsSync, readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import type { BrowserContext } from "playwright-core";

/** Where the task pane loads Office.js from in production (Microsoft's CDN). */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const DIST = join(__dirname, "../../../node_modules/@microsoft/office-js/dist");

/**
 * Answers Office.js CDN requests from the npm package's dist/ (office.js loads its siblings
 * by relative URL), so the pane meets the real Office.js offline and finds no host.
 */
export async function routeOfficeJs(context: BrowserContext): Promise<void> {
  await context.route(`${OFFICE_JS_CDN}**`, async (route) => {
    const rest = new URL(route.request().url()).pathname.replace("/lib/1/hosted/", "");
    const file = normalize(join(DIST, rest));
    if (!file.startsWith(DIST) || !existsSync(file)) {
      await route.fulfill({ status: 404, body: "" });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: file.endsWith(".js") ? "text/javascript" : "application/octet-stream",
      body: readFileSync(file),
    });
  });
}
