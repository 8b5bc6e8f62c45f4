import { existsSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser, type Browser } from "./browser";
import { startDashboardServer, type DashboardServer } from "./dashboard-server";

const DIST = path.join(__dirname, "../../../dist/dashboard/index.html");

export interface DashboardInBrowser {
  server: DashboardServer;
  browser: Browser;
  page: Page;
}

/**
 * The built dashboard served by a real server (PGlite, the demo year unless `demo: false`) and a
 * Chromium page on it; `clipboard` lets the page read what it copied (issued tokens, passwords).
 */
export async function openDashboardInBrowser({
  demo = true,
  clipboard = false,
} = {}): Promise<DashboardInBrowser> {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run \`npm run build\` first.`);
  const [server, browser] = await Promise.all([startDashboardServer({ demo }), launchBrowser()]);
  if (clipboard) {
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: server.url,
    });
  }
  return { server, browser, page: await browser.context.newPage() };
}
