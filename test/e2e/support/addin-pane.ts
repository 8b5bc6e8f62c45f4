/// <reference lib="dom" />
// page.evaluate() callbacks run in the browser: they name DOM globals.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import Papa from "papaparse";
import { Workbook } from "exceljs";

/** Writes rows of cells as a CSV file the way Japanese Excel saves it (UTF-8 with BOM). */
export function writeCsv(dir: string, name: string, cells: readonly (readonly string[])[]): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, Papa.BYTE_ORDER_MARK + Papa.unparse(cells.map((r) => [...r])));
  return path;
}

/** Writes rows of cells as a one-sheet .xlsx (text cells, as a user might paste them). */
export async function writeXlsx(
  dir: string,
  name: string,
  sheet: string,
  cells: readonly (readonly string[])[],
): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const workbook = new Workbook();
  const worksheet = workbook.addWorksheet(sheet);
  for (const row of cells) worksheet.addRow([...row]);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user would;
 * fails after `max` presses so a focus trap shows as a clear error.
 */
export async function tabUntil(
  page: Page,
  matches: (el: { tag: string; type: string | null; text: string; role: string | null }) => boolean,
  { max = 80, back = false }: { max?: number; back?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      return {
        type: a?.getAttribute("type") ?? null,
        tag: a?.tagName.toLowerCase() ?? "",
        text: (a?.innerText ?? a?.getAttribute("aria-label") ?? "").trim(),
        role: a?.getAttribute("role") ?? null,
      };
    });
    if (matches(el)) return;
  }
  throw new Error(`focus never reached the wanted element after ${max} presses`);
}

/** True when two different kanji draw different pixels: missing CJK fonts draw identical boxes. */
export async function kanjiRenderDistinctly(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const draw = (ch: string) => {
      const canvas = document.createElement("canvas");
      canvas.width = 48;
      canvas.height = 48;
      const ctx = canvas.getContext("2d")!;
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, 48, 48);
      ctx.fillStyle = "#000";
      ctx.font = "40px sans-serif";
      ctx.fillText(ch, 4, 40);
      return Array.from(ctx.getImageData(0, 0, 48, 48).data);
    };
    const a = draw("男");
    const b = draw("女");
    const inked = a.some((v, i) => i % 4 === 0 && v < 128);
    return inked && a.some((v, i) => v !== b[i]);
  });
}

/**
 * Serious and critical axe violations of the pane, except on Tabster's focus guards: Fluent
 * UI's TabList inserts `<i data-tabster-dummy tabindex=0 aria-hidden>` elements that hand focus
 * on at once. axe's aria-hidden-focus flags them; Fluent closed this as by design
 * (microsoft/fluentui#27517) and Microsoft's Accessibility Insights suppresses it the same way
 * (microsoft/accessibility-insights-web#7605). Every other element is scanned.
 */
export async function paneAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
}

/**
 * A new page on a pane with nothing remembered (settings, kept rosters), as on first use. Storage is cleared on a page of
 * the same origin that runs no pane: clearing inside a loading pane raced its first save, which
 * wrote the previous test's settings (its tab, URL, token) back before the reload.
 */
export async function openFreshPane(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/assets/icon-16.png`);
  await page.evaluate(async () => {
    localStorage.clear();
    // File mode keeps the chosen rosters in IndexedDB: a fresh pane starts without them.
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase("katsuyaku-pane");
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  });
  await page.goto(`${origin}/taskpane.html`);
  return page;
}
