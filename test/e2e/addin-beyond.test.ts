/// <reference lib="dom" />
/**
 * Issue 18 in the built task pane (file mode, headless Chromium): the figures to publish, the
 * gap's causes, the action plan draft (page and .docx) and the 様式第9号 text for the demo.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { formatPercent } from "../../shared/rules/female-ratio";
import { startDashboardServer } from "./support/dashboard-server";
import { launchBrowser, type Browser } from "./support/browser";
import { routeOfficeJs } from "./support/office-js-route";
import { serveFolder, type StaticServer } from "./support/static-server";
import { openFreshPane, paneAxeViolations } from "./support/addin-pane";

jest.setTimeout(90_000);

const SCREENSHOTS = join(__dirname, "../../.bench/screenshots");

let server: StaticServer;
let browser: Browser;
let files: string;
let page: Page;

beforeAll(async () => {
  server = await serveFolder("dist/addin");
  browser = await launchBrowser();
  await routeOfficeJs(browser.context);
  files = mkdtempSync(join(tmpdir(), "katsuyaku-e2e-beyond-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
  page = await openFreshPane(browser.context, server.url);
  await page.getByRole("button", { name: "デモデータで試す" }).click();
  await page.getByText("エラーと警告を見る").waitFor();
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

async function openStep(label: string): Promise<void> {
  await page.getByRole("tab", { name: new RegExp(label) }).click();
  await page.getByRole("heading", { level: 2, name: label }).waitFor();
}

const cellTexts = async (item: string) =>
  page.locator(`tr[data-publish-item="${item}"] td`).allInnerTexts();

test("公表データ: the MHLW database items of the demo report roster, as of the typed date", async () => {
  await openStep("公表データ");
  await page.getByLabel(/基準日/).fill("2026-01-31");
  await page.getByText("公表する数値（2026-01-31 時点）").waitFor();
  // Hand-checked against shared/demo (report roster): 11 women of 24 counted, 係長級 2 of 3,
  // managers 2 of 4, the one officer a man.
  expect((await cellTexts("femaleWorkerRatioPercent")).slice(1)).toEqual([
    "45.8%",
    "24 人中 女性 11 人",
  ]);
  expect((await cellTexts("femaleSectionChiefRatioPercent"))[1]).toBe("66.7%");
  expect((await cellTexts("femaleManagerRatioPercent"))[1]).toBe("50.0%");
  expect((await cellTexts("femaleOfficerRatioPercent"))[1]).toBe("0.0%");
  expect((await cellTexts("gap-all"))[1]).toBe("76.7%");
  expect((await cellTexts("tenure-female"))[1]).toMatch(/^\d+\.\d 年$/);
  expect(await paneAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "addin-publish-figures.png"), fullPage: true });
});

test("賃金差異: the gap by grade and tenure and the grade-mix sentence", async () => {
  await openStep("賃金差異");
  await expect(page.getByTestId("grade-mix").innerText()).resolves.toMatch(
    /^差異 76\.7 のうち、職階の構成の違いで説明できるのは約 \d+\.\d ポイントです/,
  );
  // 部長級 has one man: a cell with fewer than 3 of a sex is "—".
  const director = await page.locator('tr[data-breakdown="grade-director"] td').allInnerTexts();
  expect(director).toEqual(["部長級", "—", "0", "1"]);
  expect(await paneAxeViolations(page)).toEqual([]);
  await page.getByTestId("grade-mix").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, "addin-wage-gap-causes.png"), fullPage: true });
});

test("行動計画: the draft for the chosen actions, printable and as a .docx that reads back", async () => {
  await openStep("申請");
  for (const id of ["A", "B", "C", "D"])
    await page.locator(`[data-action="${id}"]`).getByRole("checkbox").check();
  await page.locator('[data-action="A"]').getByRole("combobox").selectOption("総合職");
  await page.locator('[data-action="B"]').getByRole("combobox").selectOption("総合職");
  await page.locator('[data-action="C"]').getByRole("combobox").selectOption("パートタイマー");

  await openStep("行動計画");
  const plan = page.getByTestId("action-plan");
  const text = await plan.innerText();
  expect(text).toContain("東京労働局に届け出");
  expect(text).toContain("2025年8月1日〜2028年7月31日");
  expect(text).toContain(
    "目標（取組A）: 2026年1月31日までに、女性管理職を 1 人から 2 人以上に増やす",
  );
  expect(text).toContain("2025年10月1日〜2026年1月31日: 候補者を課長級以上の管理職に登用する");
  expect(await paneAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "addin-action-plan.png"), fullPage: true });
  // Printing shows the plan only.
  await page.emulateMedia({ media: "print" });
  expect(await page.getByRole("tablist").isVisible()).toBe(false);
  expect(await plan.isVisible()).toBe(true);
  await page.emulateMedia({ media: "screen" });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Word 形式（.docx）でダウンロード" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("一般事業主行動計画（案）.docx");
  const path = join(files, "plan.docx");
  await download.saveAs(path);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file("word/document.xml")!.async("string");
  const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("\n");
  expect(words).toContain("女性活躍推進法に基づく一般事業主行動計画（案）");
  expect(words).toContain("【下書き】");
  expect(words).toContain("女性管理職を 1 人から 2 人以上に増やす");
});

test("実績報告: the 様式第9号 text with appointment dates and no names, ready to copy", async () => {
  await openStep("実績報告");
  const form = await page.getByTestId("form9-text").inputValue();
  expect(form).toContain("【取組時期及び内容】");
  expect(form).toContain(
    "・2025年10月1日\u3000取組A: 女性従業員 1 名を管理職（課長級以上）に登用した",
  );
  expect(form).toContain("・2025年11月4日\u3000取組C:");
  expect(form).toContain("・受講者数: 24 人 / 対象者数（全従業員）: 24 人（全員受講）");
  expect(form).not.toMatch(/伊藤|中村|森 美穂|D006|D008|D018/);
  expect(await paneAxeViolations(page)).toEqual([]);
  await page.getByTestId("form9-text").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, "addin-form9.png"), fullPage: true });
});

test("公表データ: the peers' released quartiles, asked for with the industry and size band only", async () => {
  const asked: string[] = [];
  await page.route("http://127.0.0.1:9/**", async (route) => {
    asked.push(route.request().url());
    await route.fulfill({
      status: 200,
      contentType: "application/json",
      headers: { "access-control-allow-origin": "*" },
      body: JSON.stringify({
        fiscalYear: 2025,
        minCompanies: 10,
        groups: [
          {
            dimension: "industry",
            key: "E",
            labelJa: "製造業",
            labelEn: "Manufacturing",
            companies: 12,
            femaleManagerRatio: { companies: 11, q1: 8.3, median: 14.3, q3: 25 },
            wageGap: { companies: 12, q1: 62.1, median: 70.4, q3: 78.9 },
          },
        ],
      }),
    });
  });
  await openStep("統計レコード");
  await page.getByLabel("ダッシュボードのURL").fill("http://127.0.0.1:9/");
  await page.getByLabel(/業種/).selectOption("E");
  await openStep("公表データ");
  await page.getByRole("button", { name: "比較データを取得" }).click();
  const managers = page.locator('tr[data-peer="industry-managers"] td');
  await managers.first().waitFor();
  // The demo (report roster): 50.0% female managers, above the peers' 75% point of 25.0%.
  expect(await managers.allInnerTexts()).toEqual([
    "管理職に占める女性の割合",
    "8.3% / 14.3% / 25.0%",
    "50.0%\n上位25%",
  ]);
  // Besides the benchmarks, the pane reads the dashboard's public schedules (issue 17): a
  // request without any query, so nothing about the company.
  const other = asked.filter((u) => !u.includes("/api/benchmarks"));
  expect(other.map((u) => new URL(u)).map((u) => [u.pathname, u.search])).toEqual(
    other.map(() => ["/api/schedules", ""]),
  );
  const benchmarks = asked.filter((u) => u.includes("/api/benchmarks"));
  expect(benchmarks).toHaveLength(1);
  const url = new URL(benchmarks[0]!);
  // Fewer than 30 regularly employed at application → the 1–29 band; nothing else about the company.
  expect(Object.fromEntries(url.searchParams)).toEqual({
    fiscalYear: "2025",
    industry: "E",
    sizeBand: "1-29",
  });
  expect(await paneAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "addin-peers.png"), fullPage: true });
});

test("the result workbook carries the figures to publish, the causes, the plan and the form 9 text", async () => {
  await openStep("公表データ");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "結果シート（.xlsx）をダウンロード" }).click(),
  ]);
  const path = join(files, "result.xlsx");
  await download.saveAs(path);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  const names = workbook.worksheets.map((s) => s.name);
  expect(names).toEqual(
    expect.arrayContaining([
      "公表データ",
      "賃金差異の要因",
      "行動計画（案）",
      "様式第9号の記載内容",
    ]),
  );
  const publish = workbook.getWorksheet("公表データ")!;
  expect(String(publish.getCell("A1").value)).toContain("2026-01-31 時点");
  const row = publish
    .getRows(1, publish.rowCount)!
    .find((r) => r.getCell(1).value === "管理職に占める女性労働者の割合")!;
  expect(row.getCell(2).value).toBe(50);
  const texts: string[] = [];
  for (const sheet of workbook.worksheets)
    sheet.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
  expect(texts.join("\n")).not.toMatch(/伊藤|中村|山田/);
});

test("公表データ: against a real dashboard with the released demo year, only released groups come back", async () => {
  // The real server (PGlite, the FY2025 demo records and their release), no faked answer.
  const dashboard = await startDashboardServer();
  try {
    await page.unroute("http://127.0.0.1:9/**");
    await openStep("統計レコード");
    await page.getByLabel("ダッシュボードのURL").fill(`${dashboard.url}/`);
    await page.getByLabel(/業種/).selectOption("E");
    await openStep("公表データ");
    const answered = page.waitForResponse((r) => r.url().includes("/api/benchmarks"));
    await page.getByRole("button", { name: "比較データを取得" }).click();
    const response = await answered;
    expect(response.status()).toBe(200);
    const body = (await response.json()) as {
      groups: { dimension: string; key: string; companies: number; wageGap: { median: number } }[];
    };
    // The demo release shows the quartiles of the demo company's industry (E, 37 companies) and
    // size band; before issue 14's fix of over-suppression it withheld both (nothing came back).
    expect(body.groups[0]).toMatchObject({ dimension: "industry", key: "E" });
    expect(body.groups.map((g) => g.dimension)).toContain("sizeBand");
    for (const group of body.groups) expect(group.companies).toBeGreaterThanOrEqual(10);
    const gap = page.locator('tr[data-peer="industry-gap"] td').nth(1);
    await gap.waitFor();
    expect(await gap.textContent()).toContain(formatPercent(body.groups[0]!.wageGap.median));
    const bandManagers = page.locator('tr[data-peer="sizeBand-managers"] td').nth(1);
    expect(await bandManagers.textContent()).toMatch(/%.*\/.*%.*\/.*%/);
    expect(await paneAxeViolations(page)).toEqual([]);
  } finally {
    await dashboard.close();
  }
});
