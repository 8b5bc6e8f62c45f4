/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser: they name DOM globals.
/**
 * The built task pane where the pane's module cannot run: Excel 2016/2019 builds that host
 * add-ins in Internet Explorer 11 (Trident) or Edge Legacy (EdgeHTML). Chromium cannot turn
 * its module support off, so each old engine is simulated by what it would do with the page:
 * - Trident skips `<script type="module">` and lacks `HTMLScriptElement.prototype.noModule`:
 *   the served HTML loses its module scripts and an init script deletes that property.
 * - EdgeHTML 18 loads the module but fails on its `?.` syntax, so it runs nothing of it, and
 *   says "Edge/18" in its user agent: the module scripts are removed and the user agent is
 *   replaced.
 * - An old Safari (Mac) loads the module but cannot parse its syntax: the entry chunk is
 *   replaced by one with a syntax error Chromium cannot parse either, as a stand-in.
 * The fallback script itself is checked to parse as ES5 in test/addin/old-webview-script.test.ts.
 */
import type { Page, Route } from "playwright-core";
import { launchBrowser, type Browser } from "./support/browser";
import { routeOfficeJs } from "./support/office-js-route";
import { serveFolder, type StaticServer } from "./support/static-server";

jest.setTimeout(60_000);

const EDGE_18 =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder("dist/addin");
  browser = await launchBrowser();
  await routeOfficeJs(browser.context);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The built taskpane.html as an engine that runs no module script would see it. */
async function withoutModules(route: Route): Promise<void> {
  const response = await route.fetch();
  const html = (await response.text()).replace(/<script type="module"[^>]*><\/script>/g, "");
  if (/type="module"/.test(html)) throw new Error("a module script survived the stripping");
  await route.fulfill({ response, body: html });
}

async function openAs(init: string | null, stripModules: boolean): Promise<Page> {
  const page = await browser.context.newPage();
  if (init !== null) await page.addInitScript(init);
  if (stripModules) await page.route("**/taskpane.html", withoutModules);
  await page.goto(`${server.url}/taskpane.html`);
  return page;
}

async function expectOldWebviewMessage(page: Page): Promise<void> {
  const box = page.locator("#old-webview");
  await box.waitFor({ state: "visible" });
  expect(await box.getByRole("heading", { level: 1 }).innerText()).toBe(
    "お使いの Excel では、このアドインを表示できません",
  );
  const text = await box.innerText();
  expect(text).toContain(
    "Microsoft 365 の Excel（Windows・Mac）、Excel 2021 以降、Excel on the web",
  );
  expect(text).toContain("Excel を Microsoft 365 版または Excel 2021 以降に更新するか");
  // The pane's own address, for opening it in a modern browser in file mode.
  expect(text).toContain(`${server.url}/taskpane.html`);
  expect(await box.getByRole("link", { name: "ヘルプ" }).getAttribute("href")).toBe("./help.html");
  expect(await page.locator("#root").isVisible()).toBe(false);
}

test("an engine without module scripts (Trident) shows the message, not a blank pane", async () => {
  const page = await openAs("delete HTMLScriptElement.prototype.noModule;", true);
  await expectOldWebviewMessage(page);
  await page.close();
});

test("the same page without the fallback script would be blank (the script is what helps)", async () => {
  const page = await browser.context.newPage();
  await page.route("**/old-webview.js", (route) => route.fulfill({ status: 404, body: "" }));
  await page.addInitScript("delete HTMLScriptElement.prototype.noModule;");
  await page.route("**/taskpane.html", withoutModules);
  await page.goto(`${server.url}/taskpane.html`);
  await page.waitForLoadState("load");
  expect(await page.locator("#old-webview").isVisible()).toBe(false);
  expect((await page.locator("body").innerText()).trim()).toBe("");
  await page.close();
});

test("Edge Legacy (EdgeHTML 18 runs modules but not the pane's syntax) shows the message", async () => {
  const init = `Object.defineProperty(Navigator.prototype, "userAgent", { get: () => ${JSON.stringify(EDGE_18)} });`;
  const page = await openAs(init, true);
  await expectOldWebviewMessage(page);
  await page.close();
});

test("a webview that loads the module but cannot parse it shows the message at load", async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.name));
  await page.route(/\/assets\/taskpane-[^/]+\.js$/, (route) =>
    route.fulfill({ contentType: "text/javascript", body: "const pane = a?.b ?? ;" }),
  );
  await page.goto(`${server.url}/taskpane.html`);
  await expectOldWebviewMessage(page);
  expect(errors).toContain("SyntaxError");
  await page.close();
});

test("a current browser never sees the message and gets the pane", async () => {
  const page = await openAs(null, false);
  await page.getByText("ファイルモード").waitFor();
  expect(await page.locator("#old-webview").isVisible()).toBe(false);
  await page.close();
});
