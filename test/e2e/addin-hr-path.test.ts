/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser: they name DOM globals.
/**
 * Issue 16, the HR person's path made safe, in the built pane (file mode, headless Chromium):
 * drafts while rows are left out, grouped issues, rosters that cannot be swapped silently,
 * and rosters that survive a reload.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook } from "exceljs";
import type { Page } from "playwright-core";
import { demoApplicationCells, demoReportCells } from "../../shared/demo/demo-company";
import { launchBrowser, type Browser } from "./support/browser";
import { routeOfficeJs } from "./support/office-js-route";
import { serveFolder, type StaticServer } from "./support/static-server";
import { openFreshPane, paneAxeViolations, writeCsv } from "./support/addin-pane";

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
  files = mkdtempSync(join(tmpdir(), "katsuyaku-e2e-hr-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

afterEach(async () => {
  await page?.close();
});

async function openPane(): Promise<Page> {
  const p = await openFreshPane(browser.context, server.url);
  await p.getByText("ファイルモード").waitFor();
  return p;
}

async function openStep(p: Page, label: string): Promise<void> {
  await p.getByRole("tab", { name: new RegExp(label) }).click();
  await p.getByRole("heading", { level: 2, name: label }).waitFor();
}

async function expectNoSeriousAxe(p: Page): Promise<void> {
  expect(await paneAxeViolations(p)).toEqual([]);
}

/** The value chosen in a roster picker (its label). */
function picked(p: Page, label: string): Promise<string> {
  return p.getByRole("combobox", { name: label }).inputValue();
}

/** The demo's application roster with 性別 unreadable on spreadsheet rows 14–17 (一般職). */
function brokenApplication(): string[][] {
  const cells = demoApplicationCells();
  for (const row of [13, 14, 15, 16]) cells[row]![2] = "不明";
  return cells;
}

/** Demo settings, then the two rosters as files in one pick. */
async function chooseRosters(p: Page, paths: string[]): Promise<void> {
  await p.getByRole("button", { name: "デモデータで試す" }).click();
  await p.getByText("エラーと警告を見る").waitFor();
  await p.locator('input[type="file"]').setInputFiles(paths);
}

test("a roster with errors: every result step says draft first, sheets are drafts, the record cannot be sent", async () => {
  page = await openPane();
  const app = writeCsv(files, "申請時名簿.csv", brokenApplication());
  const rep = writeCsv(files, "実績報告時名簿.csv", demoReportCells());
  await chooseRosters(page, [app, rep]);
  await page.waitForFunction(() =>
    [...document.querySelectorAll("select")].some((s) => s.value === "申請時名簿"),
  );

  for (const step of ["結果", "申請", "実績報告", "賃金差異", "統計レコード"]) {
    await openStep(page, step);
    const notice = page.getByTestId("draft-notice");
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/4 行が判定から除外/);
    expect(await notice.innerText()).toMatch(/申請時の名簿 14, 15, 16, 17 行目。/);
    // First in the step: before its heading and every verdict.
    const first = await page.evaluate(() =>
      document.querySelector('[role="tabpanel"]')?.firstElementChild?.getAttribute("data-testid"),
    );
    expect(first).toBe("draft-notice");
  }

  await openStep(page, "結果");
  expect(
    await page.getByText("名簿で確認できる要件を満たしています", { exact: true }).count(),
  ).toBe(0);
  await page.getByTestId("draft-sheets-hint").waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "下書きとして結果シート（.xlsx）をダウンロード" }).click(),
  ]);
  const path = join(files, "draft.xlsx");
  await download.saveAs(path);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path);
  expect(workbook.worksheets.length).toBeGreaterThan(1);
  for (const sheet of workbook.worksheets)
    expect(String(sheet.getCell("A1").value)).toMatch(/^【下書き・未確定】/);
  await page.getByText(/下書きの結果シート \d+ 枚を書き出しました/).waitFor();
  await expectNoSeriousAxe(page);
  await page.screenshot({ path: join(SCREENSHOTS, "addin-draft-results.png"), fullPage: true });

  await openStep(page, "統計レコード");
  const send = page.getByRole("button", { name: "送信する" });
  expect(await send.isDisabled()).toBe(true);
  expect(await send.getAttribute("aria-describedby")).toBe("record-draft-reason");
  await page.getByTestId("record-draft-reason").waitFor();
  await expectNoSeriousAxe(page);

  // The notice leads to where the rows are fixed.
  await page.getByRole("button", { name: "チェック手順でエラーを見る" }).first().click();
  await page.getByRole("heading", { level: 2, name: "チェック" }).waitFor();
});

test("identical issues are one line with their rows and count, expandable to selectable rows", async () => {
  page = await openPane();
  const app = writeCsv(files, "性別なし.csv", brokenApplication());
  await page.locator('input[type="file"]').setInputFiles(app);
  await page
    .getByText(/エラー [1-9]\d* 件/)
    .first()
    .waitFor();
  await openStep(page, "チェック");
  const group = page.locator('[data-issue-group][data-issue-count="4"]');
  await group.waitFor();
  expect(await group.innerText()).toMatch(/4 件: 14, 15, 16, 17 行目/);
  expect(await group.innerText()).not.toMatch(/行目 行目/);
  // One message for the four rows, the rows hidden until asked for.
  expect(await group.locator("[data-issue-row]").count()).toBe(0);
  const toggle = group.getByRole("button", { name: "行を表示（4 件）" });
  expect(await toggle.getAttribute("aria-expanded")).toBe("false");
  await toggle.click();
  const rows = group.locator("[data-issue-row]");
  expect(await rows.count()).toBe(4);
  await group.locator('[data-issue-row="16"]').click();
  expect(await group.locator('[data-issue-row="16"]').getAttribute("aria-current")).toBe("true");
  await expectNoSeriousAxe(page);
  await page.screenshot({ path: join(SCREENSHOTS, "addin-grouped-issues.png"), fullPage: true });
});

test("two files chosen in the wrong order are assigned by name; a manual swap is warned with a one-click fix", async () => {
  page = await openPane();
  const rep = writeCsv(files, "実績報告時名簿.csv", demoReportCells());
  const app = writeCsv(files, "申請時名簿.csv", demoApplicationCells());
  // The report roster first: by order alone it would have become the application roster.
  await chooseRosters(page, [rep, app]);
  await page.getByText(/ファイルの名前と中身から、「申請時名簿」を申請時/).waitFor();
  expect(await picked(page, "申請時の名簿")).toBe("申請時名簿");
  expect(await picked(page, "実績報告時の名簿")).toBe("実績報告時名簿");

  await page.getByRole("combobox", { name: "申請時の名簿" }).selectOption("実績報告時名簿");
  await page.getByRole("combobox", { name: "実績報告時の名簿" }).selectOption("申請時名簿");
  await page.getByRole("button", { name: "チェック", exact: true }).click();
  await page.getByTestId("order-swapped").waitFor();
  await expectNoSeriousAxe(page);
  await page.getByRole("button", { name: "入れ替える" }).click();
  await page.getByTestId("order-swapped").waitFor({ state: "detached" });
  expect(await picked(page, "申請時の名簿")).toBe("申請時名簿");
});

test("two files that neither name nor content tells apart: the pane asks", async () => {
  page = await openPane();
  const a = writeCsv(files, "名簿A.csv", demoApplicationCells());
  const b = writeCsv(files, "名簿B.csv", demoApplicationCells());
  await chooseRosters(page, [a, b]);
  const question = page.getByTestId("order-question");
  await question.waitFor();
  await expectNoSeriousAxe(page);
  await page.screenshot({ path: join(SCREENSHOTS, "addin-roster-order.png"), fullPage: true });
  await question.getByRole("button", { name: "「名簿B」が申請時" }).click();
  await question.waitFor({ state: "detached" });
  expect(await picked(page, "申請時の名簿")).toBe("名簿B");
  expect(await picked(page, "実績報告時の名簿")).toBe("名簿A");
});

test("file mode keeps the rosters across a reload until they are forgotten", async () => {
  page = await openPane();
  const app = writeCsv(files, "申請時名簿.csv", demoApplicationCells());
  const rep = writeCsv(files, "実績報告時名簿.csv", demoReportCells());
  await page.locator('input[type="file"]').setInputFiles([app, rep]);
  await page.getByText("エラーと警告を見る").waitFor();

  await page.reload();
  await page.getByText(/前回選んだ名簿ファイル 2 件をこのブラウザーから復元しました/).waitFor();
  expect(await picked(page, "申請時の名簿")).toBe("申請時名簿");
  expect(await picked(page, "実績報告時の名簿")).toBe("実績報告時名簿");
  await page.getByText("エラーと警告を見る").waitFor();
  expect(await page.getByText(/見つかりません/).count()).toBe(0);
  await expectNoSeriousAxe(page);

  await page.getByRole("button", { name: "保存した名簿を忘れる" }).click();
  await page.getByText(/保存していた名簿ファイルを削除しました/).waitFor();
  await page.reload();
  await page.getByRole("button", { name: "ファイルを選ぶ" }).waitFor();
  // Give a restore the time it would take, then nothing may claim a file that is gone.
  await page.waitForTimeout(500);
  expect(await page.getByText(/見つかりません/).count()).toBe(0);
  expect(await picked(page, "申請時の名簿")).toBe("");
  expect(await page.getByRole("button", { name: "チェック", exact: true }).isDisabled()).toBe(true);
});
