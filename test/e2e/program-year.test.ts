/// <reference lib="dom" />
import { join } from "node:path";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openFreshPane, paneAxeViolations } from "./support/addin-pane";
import { seriousAxeViolationsForFluent } from "./support/axe-fluent";
import { launchBrowser, type Browser } from "./support/browser";
import {
  E2E_PASSWORD,
  startDashboardServer,
  type DashboardServer,
} from "./support/dashboard-server";
import { routeOfficeJs } from "./support/office-js-route";
import { serveFolder, type StaticServer } from "./support/static-server";
import { resetSchedules } from "../../shared/schedule/schedule-book";
import { makeRecord } from "../dashboard/support/records";

jest.setTimeout(180_000);

// A made-up FY2026 schedule with two rounds: next year arrives as a file, not as code.
const FY2026_FILE = join(__dirname, "../fixtures/schedules/fy2026-made-up.json");

/**
 * The program year as data, end to end in Chromium: the policy-facing dashboard takes a new
 * year's schedule from admin's upload, and the task pane takes the same file from the user.
 */
describe("fiscal-year schedules in the browser", () => {
  let browser: Browser;
  let dashboard: DashboardServer;
  let pane: StaticServer;

  beforeAll(async () => {
    for (const dist of ["dist/dashboard/index.html", "dist/addin/taskpane.html"]) {
      if (!existsSync(dist)) throw new Error(`${dist} is missing: run \`npm run build\` first.`);
    }
    [dashboard, pane, browser] = await Promise.all([
      startDashboardServer(),
      serveFolder("dist/addin"),
      launchBrowser(),
    ]);
    await routeOfficeJs(browser.context);
    mkdirSync(".bench/screenshots", { recursive: true });
  });
  afterAll(async () => {
    resetSchedules();
    await browser?.close();
    await pane?.close();
    await dashboard?.close();
  });

  /** A fresh page logged in as `username` (the previous test's session is dropped first). */
  async function logIn(username: string): Promise<Page> {
    await browser.context.clearCookies();
    const page = await browser.context.newPage();
    await page.goto(`${dashboard.url}/`);
    await page.getByLabel("ユーザー名").fill(username);
    await page.getByLabel("パスワード").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "ログイン" }).click();
    await page.getByRole("heading", { level: 1 }).filter({ hasText: "年度" }).waitFor();
    return page;
  }

  it("admin uploads FY2026 on the 管理 page: the year selector and round links follow it", async () => {
    const page = await logIn("admin");
    await page.goto(`${dashboard.url}/admin`);
    await page.getByRole("heading", { name: "年度の日程" }).waitFor();
    const table = page.getByRole("table", { name: "登録されている年度の日程" });
    await expect(table.textContent()).resolves.toContain("同梱");
    await page.getByLabel("日程ファイル（JSON）").setInputFiles(FY2026_FILE);
    await page.getByRole("button", { name: "日程を登録" }).click();
    await page.getByText("令和8年度（2026年度）の日程を登録しました（2回）。").waitFor();
    await expect(table.textContent()).resolves.toContain(
      "令和8年度 募集要項（テスト用の架空の日程）",
    );
    expect(await seriousAxeViolationsForFluent(page)).toEqual([]);

    // The new year is in the selector; its round page lists its own two rounds.
    await page.goto(`${dashboard.url}/rounds/2?fy=2026`);
    const nav = page.getByRole("navigation", { name: "申請回" });
    await nav.getByRole("link", { name: /第2回/ }).waitFor();
    expect(await nav.getByRole("link").count()).toBe(2);
    await page.getByRole("combobox", { name: "年度" }).click();
    await page.getByRole("option", { name: "令和8年度（2026年度）" }).waitFor();
    await page.keyboard.press("Escape");

    // A bad file is refused with the field at fault.
    await page.goto(`${dashboard.url}/admin`);
    await page.getByLabel("日程ファイル（JSON）").setInputFiles({
      name: "bad.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        JSON.stringify({ fiscalYear: 2027, source: "x", visitBlackouts: [], rounds: [] }),
      ),
    });
    await page.getByRole("button", { name: "日程を登録" }).click();
    await page.getByRole("alert").filter({ hasText: "rounds: 1件以上必要です" }).waitFor();
    await page.close();
  });

  it("policy staff edit the plan items and the organisation; the CSV follows", async () => {
    const page = await logIn("policy");
    await page.goto(`${dashboard.url}/report?fy=2025`);
    await page.getByRole("heading", { name: "計画項目と組織名" }).waitFor();

    await page.getByLabel("組織名（CSV の1行目と表題）").fill("東京都（E2E）");
    await page.getByRole("button", { name: "組織名を保存" }).click();
    await page.getByText("組織名を保存しました。").waitFor();

    const first = page.getByRole("group", { name: "計画項目 1" });
    await first.getByLabel("項目").fill("E2E で編集した項目");
    await page
      .getByRole("group", { name: "計画項目 2" })
      .getByRole("button", { name: "削除" })
      .click();
    await page.getByRole("button", { name: "項目を追加" }).click();
    const added = page.getByRole("group", { name: "計画項目 4" });
    await added.getByLabel("番号").fill("300");
    await added.getByLabel("項目").fill("E2E で追加した項目");
    await added.getByRole("button", { name: "上へ" }).click();
    await page.getByRole("button", { name: "計画項目を保存" }).click();
    await page.getByText("計画項目を保存しました。").waitFor();
    expect(await seriousAxeViolationsForFluent(page)).toEqual([]);

    const csv = await page.request.get(`${dashboard.url}/api/report?fiscalYear=2025&format=csv`);
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe("東京都（E2E）,,,");
    const numbered = lines
      .filter((l) => /^\d+,/.test(l))
      .map((l) => l.split(",").slice(0, 2).join(","));
    // 19 removed; the new item added last, then moved up one place.
    expect(numbered).toEqual([
      "8,E2E で編集した項目",
      "47,【サンプル】キャリア形成支援",
      "300,E2E で追加した項目",
      "164,【サンプル】周知・普及啓発",
    ]);
    await page.close();
  });

  it("every table downloads as CSV and .xlsx with its caption and source, X kept", async () => {
    const page = await logIn("foundation");
    await page.goto(`${dashboard.url}/breakdowns?fy=2025`);
    await page.getByRole("tab", { name: "業種別" }).click();
    await page.getByText("製造業").first().waitFor();
    const csvButton = page.getByRole("button", { name: /CSV でダウンロード$/ }).first();
    const caption = ((await csvButton.getAttribute("aria-label")) ?? "").replace(
      /^表「(.*)」を CSV でダウンロード$/,
      "$1",
    );
    const [csvDownload] = await Promise.all([page.waitForEvent("download"), csvButton.click()]);
    const csv = readFileSync((await csvDownload.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe(caption);
    expect(lines[1]!.length).toBeGreaterThan(0); // the release it comes from
    // The table's own rows follow its header: the figures as the page shows them.
    const shownRows = await page.locator("table").first().locator("tbody tr").count();
    expect(lines.filter((l) => l !== "").length).toBe(3 + shownRows);
    const xlsxButton = page.getByRole("button", { name: /Excel でダウンロード$/ }).first();
    const [xlsxDownload] = await Promise.all([page.waitForEvent("download"), xlsxButton.click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsxDownload.path())!);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe(caption);
    expect(await seriousAxeViolationsForFluent(page)).toEqual([]);
    await page.screenshot({
      path: ".bench/screenshots/dashboard-breakdowns-industry.png",
      fullPage: true,
    });
    await page.close();
  });

  it("admin imports a file of records and sees each row's result, or the rows at fault", async () => {
    const page = await logIn("admin");
    await page.goto(`${dashboard.url}/admin`);
    await page.getByRole("heading", { name: "統計レコードの取り込み" }).waitFor();
    const records = [makeRecord(), makeRecord((r) => (r.round = 2))];
    const file = (name: string, body: unknown) => ({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(body)),
    });
    await page
      .getByLabel("取り込むファイル（CSV または JSON）")
      .setInputFiles(file("ok.json", records));
    await page.getByRole("button", { name: "取り込む", exact: true }).click();
    await page
      .getByText("2行を確認しました: 新規 2件、登録済み 0件、ファイル内の重複 0件。")
      .waitFor();
    const rows = page.getByRole("table", { name: "行ごとの結果" }).locator("tbody tr");
    expect(await rows.count()).toBe(2);
    await expect(rows.first().textContent()).resolves.toContain("新規に登録");
    expect(await seriousAxeViolationsForFluent(page)).toEqual([]);

    const bad = [makeRecord((r) => (r.round = 100))];
    await page
      .getByLabel("取り込むファイル（CSV または JSON）")
      .setInputFiles(file("bad.json", bad));
    await page.getByRole("button", { name: "取り込む", exact: true }).click();
    await page.getByRole("alert").filter({ hasText: "1行目 round" }).waitFor();
    await page.close();
  });

  it("the pane says every known window has closed, then takes the FY2026 file", async () => {
    const page: Page = await openFreshPane(browser.context, pane.url);
    await page.getByText("ファイルモード").waitFor();
    await page.getByRole("tab", { name: /申請/ }).first().click();
    // Today (December 2026 or later) is past FY2025's last window (2026-04-30).
    await page.getByTestId("all-windows-closed").waitFor();
    await expect(page.getByTestId("all-windows-closed").textContent()).resolves.toContain(
      "令和7年度）までの申請はすべて締め切られました。新しい年度の募集要項の日程を読み込んでください",
    );
    await page.getByTestId("schedule-file").setInputFiles(FY2026_FILE);
    await page.getByText("2026年度（令和8年度）の日程を読み込みました。").waitFor();
    await expect(page.getByTestId("implementation-period").textContent()).resolves.toMatch(
      /2026.*8.*1/,
    );
    expect(await paneAxeViolations(page)).toEqual([]);

    // Kept across a reload: the pane still knows FY2026.
    await page.reload();
    await page.getByRole("tab", { name: /申請/ }).first().click();
    await expect(page.getByTestId("implementation-period").textContent()).resolves.toMatch(
      /2026.*8.*1/,
    );
    await page.close();
  });
});
