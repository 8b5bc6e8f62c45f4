/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser: they name DOM globals.
/**
 * The built task pane in headless Chromium without Excel: the real Office.js (served offline)
 * reports no host, so the pane runs in file mode, which is what these tests drive.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Workbook, type Worksheet } from "exceljs";
import type { Page } from "playwright-core";
import { demoApplicationCells, demoReportCells } from "../../shared/demo/demo-company";
import { launchBrowser, type Browser } from "./support/browser";
import { routeOfficeJs } from "./support/office-js-route";
import { serveFolder, type StaticServer } from "./support/static-server";
import {
  kanjiRenderDistinctly,
  openFreshPane,
  paneAxeViolations,
  tabUntil,
  writeCsv,
  writeXlsx,
} from "./support/addin-pane";

jest.setTimeout(60_000);

const SCREENSHOTS = join(__dirname, "../../.bench/screenshots");

let server: StaticServer;
let browser: Browser;
let files: string;
let page: Page;

beforeAll(async () => {
  server = await serveFolder("dist/addin");
  browser = await launchBrowser();
  await routeOfficeJs(browser.context);
  files = mkdtempSync(join(tmpdir(), "katsuyaku-e2e-"));
  mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

/** A fresh pane in file mode, as on first use. */
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

/** Every cell value of a sheet as text, row by row. */
function sheetTexts(sheet: Worksheet): string[] {
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  return texts;
}

/** Clicks a button that downloads a file and saves the file under `name`. */
async function download(p: Page, button: string | RegExp, name: string) {
  const [file] = await Promise.all([
    p.waitForEvent("download"),
    p.getByRole("button", { name: button }).click(),
  ]);
  const path = join(files, name);
  await file.saveAs(path);
  return { fileName: file.suggestedFilename(), path };
}

/** The row of the ratio table for a category: [ratio, verdict]. */
async function ratioRow(p: Page, category: string): Promise<[string, string]> {
  const row = p.locator(`tr[data-category="${category}"]`);
  return [
    (await row.locator("[data-ratio]").innerText()).trim(),
    (await row.locator("[data-verdict]").innerText()).trim(),
  ];
}

afterEach(async () => {
  await page?.close();
});

test("with the real Office.js and no Excel, the pane runs in file mode", async () => {
  page = await openPane();
  expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe("object");
  await expect(page.title()).resolves.toContain("Katsuyaku");
  expect(await page.getAttribute("html", "lang")).toBe("ja");
  await page.getByRole("button", { name: "ファイルを選ぶ" }).waitFor();
  await page.getByRole("button", { name: "デモデータで試す" }).waitFor();
  expect(await kanjiRenderDistinctly(page)).toBe(true);
  await expectNoSeriousAxe(page);
});

test("the pane never compiles code from text: no eval, no new Function (zod runs jitless)", async () => {
  page = await openPane();
  await page.addInitScript(() => {
    const calls: string[] = [];
    const real = Function;
    // Each entry keeps its stack: Playwright's own page.evaluate() goes through eval too.
    const note = (what: string) => calls.push(`${what} ${new Error().stack ?? ""}`);
    (window as unknown as { __compiled: string[] }).__compiled = calls;
    window.Function = new Proxy(real, {
      construct: (target, args: unknown[]) => (
        note("new Function"),
        Reflect.construct(target, args)
      ),
      apply: (target, self, args: unknown[]) => (
        note("Function()"),
        Reflect.apply(target, self, args)
      ),
    });
    const realEval = window.eval;
    window.eval = (code: string): unknown => (note("eval"), realEval(code));
  });
  await page.reload();
  await page.getByRole("button", { name: "デモデータで試す" }).click();
  await page.getByText("エラーと警告を見る").waitFor();
  // The record is built and checked against the shared zod schema on this step.
  await page.getByRole("tab", { name: /統計レコード/ }).click();
  await page.getByTestId("record-json").waitFor();
  const compiled = await page.evaluate(
    () => (window as unknown as { __compiled: string[] }).__compiled,
  );
  expect(compiled.filter((call) => !call.includes("UtilityScript"))).toEqual([]);
});

test("CSV rosters picked through <input type=file>: ratios, verdicts, evidence and the ¥1,000,000 grant", async () => {
  page = await openPane();
  const application = writeCsv(files, "申請時名簿.csv", demoApplicationCells());
  const report = writeCsv(files, "実績報告時名簿.csv", demoReportCells());
  await page.locator('input[type="file"]').setInputFiles([application, report]);
  await page.getByText("「申請時名簿」24 行").waitFor();
  await page.getByText("「実績報告時名簿」25 行").waitFor();
  await expectNoSeriousAxe(page);

  await openStep(page, "チェック");
  await page.getByText("派遣").first().waitFor();
  await expectNoSeriousAxe(page);

  // Hand-checked against shared/demo: 総合職 3 of 11 women (D004, D006, D008; the officer
  // counts), 一般職 4 of 5, パートタイマー 2 of 6, 嘱託 1 of 1, 派遣スタッフ only dispatched.
  await openStep(page, "結果");
  expect(await ratioRow(page, "総合職")).toEqual(["27.3%", "○ 対象"]);
  expect(await ratioRow(page, "一般職")).toEqual(["80.0%", "× 対象外"]);
  expect(await ratioRow(page, "パートタイマー")).toEqual(["33.3%", "○ 対象"]);
  expect(await ratioRow(page, "嘱託")).toEqual(["100.0%", "× 対象外"]);
  expect(await ratioRow(page, "派遣スタッフ")).toEqual(["—", "対象者なし"]);
  await page.locator("canvas[role=img]").waitFor();
  await expectNoSeriousAxe(page);

  await openStep(page, "申請");
  await page.getByTestId("implementation-period").getByText("2025年8月1日").waitFor();
  for (const id of ["A", "B", "C", "D"]) {
    await page.locator(`[data-action="${id}"]`).getByRole("checkbox").check();
  }
  await page.locator('[data-action="A"]').getByRole("combobox").selectOption("総合職");
  await page.locator('[data-action="B"]').getByRole("combobox").selectOption("総合職");
  await page.locator('[data-action="C"]').getByRole("combobox").selectOption("パートタイマー");
  await page.locator('[data-action="A"]').getByText("○ 対象").waitFor();
  await page.locator('[data-action="C"]').getByText("33.3%").first().waitFor();
  await expectNoSeriousAxe(page);

  await openStep(page, "実績報告");
  // 取組2 is a declaration: without it the projection is ¥0.
  await expect(page.getByTestId("grant").innerText()).resolves.toBe("¥0");
  await page.getByRole("checkbox", { name: /取組2/ }).check();
  await expect(page.getByTestId("grant").innerText()).resolves.toBe("¥1,000,000");
  const evidence: Record<string, string> = {};
  for (const id of ["A", "B", "C", "D"]) {
    const card = page.locator(`[data-action-verdict="${id}"]`);
    expect(await card.getAttribute("data-achieved")).toBe("true");
    evidence[id] = (await card.locator("[data-evidence]").innerText()).split("（")[0]!;
  }
  // A: D006 became 課長級; B: D008 started an allowance; C and D: the new パートリーダー D018.
  expect(evidence).toEqual({ A: "D006", B: "D008", C: "D018", D: "D018" });
  await page.getByText("24 人中 24 人が受講").waitFor();
  await expectNoSeriousAxe(page);
  await page.screenshot({ path: join(SCREENSHOTS, "addin-report.png"), fullPage: true });

  // The result workbook, read back.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "結果シート（.xlsx）をダウンロード" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("katsuyaku-結果.xlsx");
  const saved = join(files, "result.xlsx");
  await download.saveAs(saved);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(saved);
  const names = workbook.worksheets.map((s) => s.name);
  expect(names[0]).toBe("区分別女性比率");
  expect(names).toEqual(
    expect.arrayContaining(["報告時_研修出席名簿", "検証結果", "申請時_管理職一覧"]),
  );
  const ratioTexts: string[] = [];
  workbook
    .getWorksheet("区分別女性比率")!
    .eachRow((row) => row.eachCell((cell) => ratioTexts.push(String(cell.value))));
  expect(ratioTexts).toEqual(expect.arrayContaining(["総合職", "パートタイマー"]));
  // 一覧に氏名を含める is off by default: no demo name reaches the workbook.
  expect(await page.getByRole("checkbox", { name: "一覧に氏名を含める" }).isChecked()).toBe(false);
  expect(JSON.stringify(workbook.worksheets.map(sheetTexts))).not.toMatch(/山田|伊藤/);

  await openStep(page, "賃金差異");
  await page.locator('tr[data-wage-group="all"]').waitFor();
  await page.getByRole("switch", { name: /人数換算/ }).check();
  await page.getByText("【公表時に注記が必要】", { exact: false }).first().waitFor();
  await expectNoSeriousAxe(page);

  await openStep(page, "統計レコード");
  const record = JSON.parse(await page.getByTestId("record-json").innerText()) as {
    projectedGrantYen: number;
    round: number;
  };
  expect(record).toMatchObject({ projectedGrantYen: 1_000_000, round: 1 });
  expect(await page.getByTestId("record-json").innerText()).not.toMatch(/D00\d|山田|総合職/);
  await expectNoSeriousAxe(page);
});

test("an .xlsx roster is read the same way", async () => {
  page = await openPane();
  const path = await writeXlsx(files, "申請時.xlsx", "名簿", demoApplicationCells());
  await page.locator('input[type="file"]').setInputFiles(path);
  await page.getByText("「申請時」24 行").waitFor();
  await openStep(page, "結果");
  expect(await ratioRow(page, "総合職")).toEqual(["27.3%", "○ 対象"]);
  expect(await ratioRow(page, "一般職")).toEqual(["80.0%", "× 対象外"]);
});

test("markup in a category name and a worker's name shows as text and never runs", async () => {
  page = await openPane();
  const category = "<img src=x onerror=window.__xss=1>総合職";
  const name = "<script>window.__xss=2</script>";
  const cells = demoApplicationCells().map((row, i) =>
    i === 0
      ? row
      : row.map((cell, column) => (column === 3 && cell === "総合職" ? category : cell)),
  );
  cells[1]![1] = name;
  await page.locator('input[type="file"]').setInputFiles(writeCsv(files, "markup.csv", cells));
  await page.getByText("「markup」24 行").waitFor();

  await openStep(page, "結果");
  // The same figures as 総合職 in the demo, under the literal name.
  expect(await ratioRow(page, category)).toEqual(["27.3%", "○ 対象"]);
  await page.getByText(category, { exact: true }).first().waitFor();
  await openStep(page, "申請");
  await page.locator('[data-action="A"]').getByRole("checkbox").check();
  await page.locator('[data-action="A"]').getByRole("combobox").selectOption(category);
  await page.locator('[data-action="A"]').getByText("○ 対象").waitFor();

  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], script:not([src])').count()).toBe(0);
  await expectNoSeriousAxe(page);
});

test("a broken roster lists its errors with row and column, and a non-roster file is refused", async () => {
  page = await openPane();
  const cells = demoApplicationCells();
  cells[2]![2] = "不明"; // row 3, 性別
  cells[4]![6] = "2025-02-30"; // row 5, 採用日
  cells[6]![0] = cells[5]![0]!; // row 7, duplicate 社員番号
  const broken = writeCsv(files, "壊れた名簿.csv", cells);
  await page.locator('input[type="file"]').setInputFiles(broken);
  await page
    .getByText(/エラー [1-9]\d* 件/)
    .first()
    .waitFor();
  await openStep(page, "チェック");
  const issues = page.locator("[data-issue-row]");
  await page.getByText("3行目「性別」").waitFor();
  await page.getByText("5行目「採用日」").waitFor();
  await page.getByText("7行目「社員番号」").waitFor();
  await page.getByText(/集計と判定に含めていません/).waitFor();
  await issues.filter({ hasText: "3行目「性別」" }).click();
  expect(await issues.filter({ hasText: "3行目「性別」" }).getAttribute("aria-current")).toBe(
    "true",
  );
  await expectNoSeriousAxe(page);

  await openStep(page, "名簿");
  const pdf = join(files, "not-a-roster.pdf");
  writeFileSync(pdf, Buffer.from("%PDF-1.4\n\0\0\x01binary"));
  await page.locator('input[type="file"]').setInputFiles(pdf);
  await page.getByText(/名簿として読めない形式です/).waitFor();
});

test("the whole flow by keyboard alone reaches the grant", async () => {
  page = await openPane();
  await tabUntil(page, (el) => el.tag === "button" && el.text === "デモデータで試す");
  await page.keyboard.press("Enter");
  await page.getByText("エラーと警告を見る").waitFor();
  // Back to the step tabs, then arrow keys across them (the tab list is one tab stop).
  await tabUntil(page, (el) => el.role === "tab", { back: true });
  for (let i = 0; i < 10; i++) {
    const label = await page.evaluate(() => document.activeElement?.textContent ?? "");
    if (label.includes("実績報告")) break;
    await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { level: 2, name: "実績報告" }).waitFor();
  await expect(page.getByTestId("grant").innerText()).resolves.toBe("¥1,000,000");
  // Keyboard changes to a setting: untick 取組2 with Space and the projection drops to ¥0.
  await tabUntil(page, (el) => el.tag === "input" && el.type === "checkbox");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("grant").innerText()).resolves.toBe("¥0");
  await page.keyboard.press("Space");
  await expect(page.getByTestId("grant").innerText()).resolves.toBe("¥1,000,000");
});

test("a reload keeps what the user typed", async () => {
  page = await openPane();
  await openStep(page, "申請");
  await page.getByRole("combobox", { name: "申請回" }).selectOption("3");
  await page.getByLabel("1回目の派遣日").fill("2025-12-15");
  await openStep(page, "統計レコード");
  await openStep(page, "賃金差異");
  await page.getByRole("checkbox", { name: /通勤手当/ }).check();
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "賃金差異" }).waitFor();
  expect(await page.getByRole("checkbox", { name: /通勤手当/ }).isChecked()).toBe(true);
  await openStep(page, "申請");
  expect(await page.getByRole("combobox", { name: "申請回" }).inputValue()).toBe("3");
  expect(await page.getByLabel("1回目の派遣日").inputValue()).toBe("2025-12-15");
  // A weekend is refused on the spot: 2025-12-13 is a Saturday.
  await page.getByLabel("1回目の派遣日").fill("2025-12-13");
  await page.getByText("土曜日です", { exact: true }).waitFor();
  await page.screenshot({ path: join(SCREENSHOTS, "addin-application.png"), fullPage: true });
  // Corrupted storage never crashes the pane.
  await page.evaluate(() => localStorage.setItem("katsuyaku.pane.v1", "{not json"));
  await page.reload();
  await page.getByRole("button", { name: "デモデータで試す" }).waitFor();
});

test("the roster template downloads as an .xlsx with drop-down lists", async () => {
  page = await openPane();
  const template = await download(page, /名簿テンプレート/, "template.xlsx");
  expect(template.fileName).toBe("katsuyaku-名簿テンプレート.xlsx");
  await page.getByText("「katsuyaku-名簿テンプレート.xlsx」をダウンロードしました。").waitFor();
  const workbook = new Workbook();
  await workbook.xlsx.readFile(template.path);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(["社員名簿"]);
  const sheet = workbook.worksheets[0]!;
  expect(sheetTexts(sheet).slice(0, 3)).toEqual(["社員番号", "氏名", "性別"]);
  expect(sheet.getCell("C2").dataValidation).toMatchObject({
    type: "list",
    formulae: ['"女性,男性"'],
  });
  expect(sheet.getCell("H1001").dataValidation).toMatchObject({
    formulae: ['"役員,部長級,課長級,係長級,一般"'],
  });
});

test("names join the result lists only when asked, never the training list, and the choice is kept", async () => {
  page = await openPane();
  await page.getByRole("button", { name: "デモデータで試す" }).click();
  await page.getByText("エラーと警告を見る").waitFor();
  await openStep(page, "結果");
  const includeNames = page.getByRole("checkbox", { name: "一覧に氏名を含める" });
  expect(await includeNames.isChecked()).toBe(false);
  await includeNames.check();
  await expectNoSeriousAxe(page);
  const result = await download(page, "結果シート（.xlsx）をダウンロード", "named.xlsx");
  const workbook = new Workbook();
  await workbook.xlsx.readFile(result.path);
  // 伊藤 美咲 is D006, 総合職 in both rosters (shared/demo).
  expect(sheetTexts(workbook.getWorksheet("申請時_区分_総合職")!)).toEqual(
    expect.arrayContaining(["氏名", "伊藤 美咲"]),
  );
  expect(sheetTexts(workbook.getWorksheet("報告時_研修出席名簿")!).join()).not.toMatch(/伊藤 美咲/);
  const stored = await page.evaluate(() => localStorage.getItem("katsuyaku.pane.v1") ?? "");
  expect(JSON.parse(stored)).toMatchObject({ settings: { includeNames: true } });
});
