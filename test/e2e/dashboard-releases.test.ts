import type { Page } from "playwright-core";
import { seriousAxeViolationsForFluent } from "./support/axe-fluent";
import type { Browser } from "./support/browser";
import { openDashboardInBrowser } from "./support/dashboard-in-browser";
import { E2E_PASSWORD, type DashboardServer } from "./support/dashboard-server";

jest.setTimeout(180_000);

/**
 * Frozen releases in real Chromium (issue 14): before the first release every statistics page
 * says 「まだ公表されていません」; the admin creates a release on the admin page; then every page
 * names it (公表番号 and date). Every state gets an axe scan.
 */
describe("dashboard releases", () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDashboardInBrowser({ demo: false }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const h1 = () => page.getByRole("heading", { level: 1 });
  const expectNoSeriousAxe = async () =>
    expect(await seriousAxeViolationsForFluent(page)).toEqual([]);

  it("shows 「まだ公表されていません」 before the first release, on every statistics page", async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel("ユーザー名").fill("admin");
    await page.getByLabel("パスワード").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "ログイン" }).click();
    await h1().filter({ hasText: "令和7年度" }).waitFor();
    await page.getByText("まだ公表されていません", { exact: true }).waitFor();
    await expectNoSeriousAxe();
    await page.goto(`${server.url}/rounds/2`);
    await page.getByText("まだ公表されていません", { exact: true }).waitFor();
    await page.goto(`${server.url}/report`);
    await page.getByText("まだ公表されていません", { exact: true }).waitFor();
    await expectNoSeriousAxe();
  });

  it("the admin creates a release on the admin page; then every page names it", async () => {
    await page.goto(`${server.url}/admin`);
    await page.getByText("まだ公表していません。").waitFor();
    await page.getByRole("button", { name: "年度全体を公表" }).click();
    const created = page.getByText(/公表番号 \d+ を作成しました。/);
    await created.waitFor();
    const id = /公表番号 (\d+)/.exec((await created.textContent()) ?? "")![1];
    await page.getByRole("table", { name: "公表の一覧" }).waitFor();
    await expectNoSeriousAxe();

    const note = new RegExp(`公表番号 ${id}（\\d{4}-\\d\\d-\\d\\d 公表・年度）`);
    for (const url of ["/", "/rounds/3", "/breakdowns", "/report"]) {
      await page.goto(`${server.url}${url}`);
      await page.getByText(note).waitFor();
      expect(await page.getByText("まだ公表されていません", { exact: true }).count()).toBe(0);
    }
    await expectNoSeriousAxe();
    // A round release: the round page now names it, the year page keeps the year's.
    await page.goto(`${server.url}/admin`);
    await page.getByRole("button", { name: "第3回を公表" }).click();
    const round = page.getByText(/公表番号 \d+ を作成しました。/);
    await round.waitFor();
    const roundId = /公表番号 (\d+)/.exec((await round.textContent()) ?? "")![1];
    await page.goto(`${server.url}/rounds/3`);
    await page.getByText(new RegExp(`公表番号 ${roundId}（.*第3回）`)).waitFor();
    await page.goto(`${server.url}/`);
    await page.getByText(note).waitFor();
  });
});
