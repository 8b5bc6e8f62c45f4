import type { Page } from "playwright-core";
import { seriousAxeViolationsForFluent } from "./support/axe-fluent";
import type { Browser } from "./support/browser";
import { openDashboardInBrowser } from "./support/dashboard-in-browser";
import { E2E_PASSWORD, type DashboardServer } from "./support/dashboard-server";

jest.setTimeout(180_000);

const STAFF = "e2e-staff";
const STAFF_PASSWORD = "a long enough staff password";

/**
 * The admin's account management in real Chromium against the real server: add a user, change
 * its role, disable and enable it (its session ends), reset its password (shown once), read
 * the audit log, delete it. axe scans the page and each dialog.
 */
describe("account management on the 管理 page", () => {
  let server: DashboardServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ server, browser, page } = await openDashboardInBrowser({ clipboard: true }));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const h1 = () => page.getByRole("heading", { level: 1 });
  const expectNoSeriousAxe = async () => {
    // A dialog fades in: axe measuring contrast mid-fade sees a paler button than anyone will.
    await page.evaluate(() =>
      Promise.all(document.getAnimations().map((animation) => animation.finished)),
    );
    expect(await seriousAxeViolationsForFluent(page)).toEqual([]);
  };
  const status = (text: string) => page.getByRole("status").filter({ hasText: text }).waitFor();
  const users = () => page.getByRole("table", { name: "登録されている利用者" });
  const row = () => users().getByRole("row").filter({ hasText: STAFF });

  /** Logs in outside the browser (another device of the user): the session cookie. */
  async function loginElsewhere(password: string): Promise<{ status: number; cookie: string }> {
    const response = await fetch(`${server.url}/api/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: STAFF, password }),
    });
    const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    return { status: response.status, cookie };
  }
  const meWith = async (cookie: string) =>
    (await fetch(`${server.url}/api/me`, { headers: { cookie } })).status;

  async function confirm(): Promise<void> {
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    await expectNoSeriousAxe();
    await dialog.getByRole("button", { name: "実行する" }).click();
    await dialog.waitFor({ state: "hidden" });
  }

  it("walks the whole account life cycle", async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel("ユーザー名").fill("admin");
    await page.getByLabel("パスワード").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "ログイン" }).click();
    await h1().filter({ hasText: "令和7年度" }).waitFor();
    await page.getByRole("link", { name: "管理" }).click();
    await h1().filter({ hasText: "管理" }).waitFor();

    // The admin's own row: last login shown, no actions on oneself.
    const self = page.getByRole("row").filter({ hasText: /^admin\s*（あなた）/ });
    await self.waitFor();
    await expect(self.getByRole("button").count()).resolves.toBe(0);
    await expect(page.getByRole("columnheader", { name: "最終ログイン" }).count()).resolves.toBe(1);
    await page.getByRole("heading", { name: "監査ログ" }).waitFor();
    await expectNoSeriousAxe();

    // Add a user; it logs in elsewhere.
    const form = page.getByRole("form", { name: "利用者を追加" });
    await form.getByLabel("ユーザー名").fill(STAFF);
    await form.getByLabel("パスワード").fill(STAFF_PASSWORD);
    await form.getByRole("button", { name: "利用者を追加" }).click();
    await status(`利用者「${STAFF}」を追加しました。`);
    const first = await loginElsewhere(STAFF_PASSWORD);
    expect(first.status).toBe(200);
    expect(await meWith(first.cookie)).toBe(200);

    // Change its role.
    await row()
      .getByRole("combobox", { name: `「${STAFF}」の役割` })
      .click();
    await page.getByRole("option", { name: "東京都 政策担当" }).click();
    await status(`「${STAFF}」の役割を「東京都 政策担当」に変更しました。`);

    // Disable: its session ends at once; enable again.
    await row()
      .getByRole("button", { name: `「${STAFF}」を無効にする` })
      .click();
    await confirm();
    await status(`「${STAFF}」を無効にしました。`);
    await row().filter({ hasText: "無効" }).waitFor();
    expect(await meWith(first.cookie)).toBe(401);
    expect((await loginElsewhere(STAFF_PASSWORD)).status).toBe(403);
    await row()
      .getByRole("button", { name: `「${STAFF}」を有効にする` })
      .click();
    await status(`「${STAFF}」を有効にしました。`);
    const second = await loginElsewhere(STAFF_PASSWORD);
    expect(second.status).toBe(200);

    // Reset the password: shown once in a dialog; old password and session end.
    await row()
      .getByRole("button", { name: `「${STAFF}」のパスワードを再設定する` })
      .click();
    await confirm();
    const shown = page.getByRole("dialog").filter({ hasText: "新しいパスワード" });
    await shown.waitFor();
    const password = await shown.getByRole("textbox").inputValue();
    expect(password.length).toBeGreaterThanOrEqual(16);
    await expectNoSeriousAxe();
    await shown.getByRole("button", { name: "閉じる" }).click();
    await shown.waitFor({ state: "hidden" });
    await status(`「${STAFF}」のパスワードを再設定しました。`);
    expect(await meWith(second.cookie)).toBe(401);
    expect((await loginElsewhere(STAFF_PASSWORD)).status).toBe(401);
    expect((await loginElsewhere(password)).status).toBe(200);

    // The audit log names who did what; never the password.
    const audit = page.getByRole("table", { name: "監査ログ（新しい順）" });
    for (const action of [
      "利用者の追加",
      "役割の変更",
      "利用者の無効化",
      "利用者の有効化",
      "パスワード再設定",
    ]) {
      await audit
        .getByRole("row")
        .filter({ hasText: action })
        .filter({ hasText: "admin" })
        .first()
        .waitFor();
    }
    expect(await page.content()).not.toContain(password);

    // Delete it.
    await row()
      .getByRole("button", { name: `「${STAFF}」を削除する` })
      .click();
    await confirm();
    await status(`「${STAFF}」を削除しました。`);
    await expect(
      page
        .getByRole("table", { name: "登録されている利用者" })
        .getByRole("row")
        .filter({ hasText: STAFF })
        .count(),
    ).resolves.toBe(0);
    expect((await loginElsewhere(password)).status).toBe(401);
    await audit.getByRole("row").filter({ hasText: "利用者の削除" }).first().waitFor();
    await expectNoSeriousAxe();
  });
});
