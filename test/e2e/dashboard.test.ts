import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import type { Download, Page } from "playwright-core";
import { seriousAxeViolationsForFluent } from "./support/axe-fluent";
import type { Browser } from "./support/browser";
import { openDashboardInBrowser } from "./support/dashboard-in-browser";
import { E2E_PASSWORD, type DashboardServer } from "./support/dashboard-server";

jest.setTimeout(180_000);

const SUPPRESSION_NOTE = "X：3社未満の集計値、または他の値から逆算できる値のため秘匿しています。";
const EDITED = "令和7年度は奨励金の周知セミナーを開催した（E2E で編集した文章）。";

/**
 * The dashboard pages in real Chromium against the real server (PGlite, FY2025 demo data):
 * each role logs in through the login page, sees what it may, and the policy user edits the
 * report and downloads its exports. Every page gets an axe scan.
 */
describe("dashboard web pages", () => {
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
  const expectNoSeriousAxe = async () =>
    expect(await seriousAxeViolationsForFluent(page)).toEqual([]);

  async function logIn(username: string): Promise<void> {
    await page.goto(`${server.url}/`);
    await expect(h1().textContent()).resolves.toBe("ログイン");
    await page.getByLabel("ユーザー名").fill(username);
    await page.getByLabel("パスワード").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "ログイン" }).click();
    await h1().filter({ hasText: "令和7年度" }).waitFor();
  }

  async function logOut(): Promise<void> {
    await page.getByRole("button", { name: "ログアウト" }).click();
    await h1().filter({ hasText: "ログイン" }).waitFor();
    const me = await page.request.get(`${server.url}/api/me`);
    expect(me.status()).toBe(401);
  }

  /**
   * Waits until the first chart on the page has blue bar pixels (the first series colour,
   * #0F6CBD). A function, not a string: the page's CSP forbids eval, which string predicates use.
   * The page's DOM is typed structurally here (the test project has no DOM library).
   */
  const waitForBars = () =>
    page.waitForFunction(
      () => {
        type Canvas = {
          width: number;
          height: number;
          getContext(kind: "2d"): {
            getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
          } | null;
        };
        const doc = (
          globalThis as unknown as {
            document: { querySelector(selector: string): Canvas | null };
          }
        ).document;
        const canvas = doc.querySelector('[data-testid="chart-with-table"] canvas');
        const context = canvas && canvas.width > 0 ? canvas.getContext("2d") : null;
        if (!canvas || !context) return false;
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let blue = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b, a] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
          if (a > 200 && r < 40 && g > 90 && g < 130 && b > 170) blue++;
        }
        return blue > 200;
      },
      undefined,
      { timeout: 15_000 },
    );

  /** An untranslated string shows up as kana or kanji in the English page's text. */
  async function expectNoJapaneseIn(selector: string): Promise<void> {
    const text = await page.locator(selector).innerText();
    expect(text.match(/[\u3040-\u30ff\u3400-\u9fff]+/g) ?? []).toEqual([]);
  }

  /** The policy user's annual report page, with the editor of item 8's achievement text. */
  async function openReportEditor() {
    await logIn("policy");
    await page.getByRole("link", { name: "年次報告" }).click();
    await h1().filter({ hasText: "年次報告" }).waitFor();
    return page.getByLabel("番号8「【サンプル】研修・セミナー等の開催」の取組実績");
  }

  async function download(label: string): Promise<Download> {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      page.getByText(label).click(),
    ]);
    return file;
  }

  it("shows the login page in Japanese and refuses a wrong password", async () => {
    await page.goto(`${server.url}/`);
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    await expect(h1().textContent()).resolves.toBe("ログイン");
    await page.getByLabel("ユーザー名").fill("foundation");
    await page.getByLabel("パスワード").fill("wrong password!");
    await page.getByRole("button", { name: "ログイン" }).click();
    await page.getByText("ユーザー名またはパスワードが違います。").waitFor();
    await expectNoSeriousAxe();
  });

  it("the foundation user logs in and sees the fiscal-year overview with figures", async () => {
    await logIn("foundation");
    await expect(h1().textContent()).resolves.toContain("令和7年度");
    await page.getByText("提出企業数").first().waitFor();
    await page.getByText("195", { exact: true }).first().waitFor(); // the demo year's companies
    await waitForBars();
    const nav = page.getByRole("navigation", { name: "ページ" });
    await expect(nav.getByRole("link").allTextContents()).resolves.toEqual([
      "年度の概要",
      "回別",
      "内訳",
    ]);
    await expectNoSeriousAxe();
  });

  it("opens a round page: a chart is drawn and its table gives the same figures", async () => {
    await page.getByRole("link", { name: "回別" }).click();
    await h1().filter({ hasText: "第1回" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/rounds/1");
    await waitForBars();
    const table = page.locator("table").filter({ hasText: "取組ごとの選択企業数と達成企業数" });
    await table.waitFor();
    expect(await table.locator("th[scope=col]").count()).toBe(3);
    expect(await table.locator("tbody tr").count()).toBe(4);
    await expectNoSeriousAxe();
  });

  it("shows suppressed figures as X with the explanation (第6回 has 2 companies)", async () => {
    await page.getByRole("link", { name: "第6回" }).click();
    await h1().filter({ hasText: "第6回" }).waitFor();
    const suppressed = page.locator("td[data-suppressed=true]");
    await suppressed.first().waitFor();
    expect(await suppressed.first().textContent()).toBe("X");
    await page.getByText(SUPPRESSION_NOTE).first().waitFor();
    expect(await page.getByText(SUPPRESSION_NOTE).first().isVisible()).toBe(true);
    await expectNoSeriousAxe();
  });

  it("shows the breakdowns by size and industry", async () => {
    await page.getByRole("link", { name: "内訳" }).click();
    await h1().filter({ hasText: "内訳" }).waitFor();
    await page.getByText("1〜29人").first().waitFor();
    // The wage gap's median (last column) of the peers a company compares itself with: shown
    // for the demo's size bands and common industries (issue 14: it was X for almost all).
    const median = (label: string) =>
      page.locator("table tbody tr").filter({ hasText: label }).first().locator("td").last();
    expect(await median("1〜29人").textContent()).toMatch(/^\d+(\.\d+)?\s*%?$/);
    await page.getByRole("tab", { name: "業種別" }).click();
    await page.getByText("製造業").first().waitFor();
    expect(await median("製造業").textContent()).toMatch(/^\d+(\.\d+)?\s*%?$/);
    await expectNoSeriousAxe();
  });

  it("keeps the report and admin pages from the foundation user, then logs out", async () => {
    await page.goto(`${server.url}/report`);
    await h1().filter({ hasText: "権限がありません" }).waitFor();
    await page.goto(`${server.url}/admin`);
    await h1().filter({ hasText: "権限がありません" }).waitFor();
    await expectNoSeriousAxe();
    await logOut();
  });

  it("the policy user edits the achievement text and exports CSV, xlsx and HTML", async () => {
    const editor = await openReportEditor();
    expect(await editor.inputValue()).toContain("令和7年度は");
    await editor.fill(EDITED);
    await page.getByText("保存していない変更があります。", { exact: false }).waitFor();
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText("保存しました。").waitFor();
    await expectNoSeriousAxe();

    const csv = readFileSync((await (await download("CSV をダウンロード")).path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = csv.toString("utf8");
    expect(csvText).toContain(EDITED);
    expect(csvText).toContain("令和7年度取組実績");

    const xlsxFile = await download("Excel（.xlsx）をダウンロード");
    expect(xlsxFile.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsxFile.path())!);
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
    );
    expect(cells).toContain(EDITED);

    const html = readFileSync((await (await download("HTML をダウンロード")).path())!, "utf8");
    expect(html).toContain("<html");
    expect(html).toContain(EDITED);

    // Back to the generated text: the edit is undone on the server too.
    await editor.fill(EDITED); // unchanged draft keeps the button hidden until edited
    await page.getByRole("button", { name: "自動生成文に戻す" }).click();
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText("保存しました。").waitFor();
    expect(await editor.inputValue()).toContain("令和7年度は");
    await expect(page.getByRole("link", { name: "管理" }).count()).resolves.toBe(0);
    await logOut();
  });

  it("markup saved as a report text stays text on the page and in the HTML export opened in Chromium", async () => {
    const hostile = "<img src=x onerror=window.__xss=1><script>window.__xss=2</script>研修";
    const editor = await openReportEditor();
    await editor.fill(hostile);
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText("保存しました。").waitFor();
    await page.reload();
    await h1().filter({ hasText: "年次報告" }).waitFor();
    await expect(editor.inputValue()).resolves.toBe(hostile);

    const html = readFileSync((await (await download("HTML をダウンロード")).path())!, "utf8");
    const exported = await browser.context.newPage();
    try {
      await exported.setContent(html);
      await exported.getByText(hostile, { exact: false }).first().waitFor();
      expect(
        await exported.evaluate(() => (globalThis as { __xss?: unknown }).__xss),
      ).toBeUndefined();
      expect(await exported.locator("img, script").count()).toBe(0);
    } finally {
      await exported.close();
    }
    expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();

    await page.getByRole("button", { name: "自動生成文に戻す" }).click();
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await page.getByText("保存しました。").waitFor();
    await logOut();
  });

  it("the admin creates a user and issues, copies and revokes a token", async () => {
    await logIn("admin");
    await page.getByRole("link", { name: "管理" }).click();
    await h1().filter({ hasText: "管理" }).waitFor();
    await page.getByRole("rowheader", { name: "foundation" }).waitFor();

    await page.getByLabel("ユーザー名").fill("new.policy");
    // exact: each user row now has its own "「…」のパスワードを再設定する" and "「…」の役割".
    await page.getByRole("textbox", { name: "パスワード" }).fill("a long enough password");
    await page.getByRole("combobox", { name: "役割", exact: true }).click();
    await page.getByRole("option", { name: "東京都 政策担当" }).click();
    await page.getByRole("button", { name: "利用者を追加" }).click();
    await page.getByText("利用者「new.policy」を追加しました。").waitFor();
    await page.getByRole("rowheader", { name: "new.policy" }).waitFor();

    await page.getByRole("combobox", { name: "申請回" }).click();
    await page.getByRole("option", { name: "第2回" }).click();
    await page.getByLabel("メモ").fill("E2E 用");
    await page.getByRole("button", { name: "トークンを発行" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("このトークンは今回だけ表示されます。", { exact: false }).waitFor();
    const token = await dialog.locator("input").inputValue();
    expect(token).toMatch(/^kt_/);
    await dialog.getByRole("button", { name: "コピー" }).click();
    await dialog.getByRole("button", { name: "コピーしました" }).waitFor();
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
        ).navigator.clipboard.readText(),
      ),
    ).toBe(token);
    await dialog.getByRole("button", { name: "閉じる" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await page.content()).not.toContain(token);

    await page.getByRole("cell", { name: "E2E 用" }).waitFor();
    await page.getByRole("button", { name: /トークン \d+ を失効させる/ }).click();
    await page.getByText(/^失効（/).waitFor();
    await expectNoSeriousAxe();
    await logOut();
  });

  it("switches to English: login, overview, a round with withheld figures, breakdowns; the choice stays", async () => {
    await page.goto(`${server.url}/`);
    await expect(h1().textContent()).resolves.toBe("ログイン");
    await page.getByRole("button", { name: "English" }).click();
    await h1().filter({ hasText: "Log in" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByLabel("Username").fill("foundation");
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Log in" }).click();
    await h1().filter({ hasText: "FY2025 overview" }).waitFor();
    await page.getByText("Companies reporting").first().waitFor();
    await waitForBars();
    const nav = page.getByRole("navigation", { name: "Pages" });
    await expect(nav.getByRole("link").allTextContents()).resolves.toEqual([
      "Fiscal year",
      "Rounds",
      "Breakdowns",
    ]);
    await expectNoJapaneseIn("main");
    await expectNoSeriousAxe();

    // Reloaded, the page stays in English (remembered in localStorage).
    await page.goto(`${server.url}/rounds/6`);
    await h1().filter({ hasText: "Round 6" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.locator("td[data-suppressed=true]").first().textContent()).toBe("X");
    await page
      .getByText("X: withheld because it describes fewer than 3 companies")
      .first()
      .waitFor();
    await expectNoJapaneseIn("main");
    await expectNoSeriousAxe();

    await page.getByRole("link", { name: "Breakdowns" }).click();
    await h1().filter({ hasText: "Breakdowns" }).waitFor();
    await page.getByRole("tab", { name: "By industry" }).click();
    await page.getByText("Manufacturing").first().waitFor();
    await expectNoJapaneseIn("main");

    await page.getByRole("button", { name: "日本語" }).click();
    await h1().filter({ hasText: "内訳" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    await logOut();
  });

  it("serves index.html for page addresses and keeps JSON 404s under /api/", async () => {
    const pageAnswer = await page.request.get(`${server.url}/rounds/3`);
    expect(pageAnswer.status()).toBe(200);
    expect(await pageAnswer.text()).toContain('<div id="root">');
    const apiAnswer = await page.request.get(`${server.url}/api/nothing-here`);
    expect(apiAnswer.status()).toBe(404);
    expect(((await apiAnswer.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
  });
});
