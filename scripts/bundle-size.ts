import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

/** The task pane's budget for JavaScript needed before the first paint (issue #3). */
export const INITIAL_JS_BUDGET_GZIP = 250 * 1024;

const DIST = resolve(__dirname, "../dist/addin");

export interface InitialJsFile {
  file: string;
  raw: number;
  gzip: number;
}

/** `<script type="module" src>` and `<link rel="modulepreload" href>` of the built page. */
function htmlScripts(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g))
    found.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
    found.push(m[1]!);
  return found.filter((src) => !/^https?:/.test(src));
}

/**
 * Static imports of a chunk (`import"./x.js"`, `from"./x.js"`), which the browser fetches
 * before running it; `import("./x.js")` is lazy and is not counted.
 */
function staticImports(code: string): string[] {
  const found: string[] = [];
  for (const m of code.matchAll(/\b(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) found.push(m[1]!);
  return found;
}

/** Every JavaScript file the pane loads before it can render, with raw and gzip sizes. */
export function addinInitialJsFiles(dist = DIST): InitialJsFile[] {
  const htmlPath = join(dist, "taskpane.html");
  if (!existsSync(htmlPath))
    throw new Error(
      `${htmlPath} is missing: run \`npx vite build -c addin/vite.config.mts\` first.`,
    );
  const queue = htmlScripts(readFileSync(htmlPath, "utf8")).map((src) => resolve(dist, src));
  const seen = new Set<string>();
  const files: InitialJsFile[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    files.push({
      file: file.slice(dist.length + 1),
      raw: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
    });
    for (const next of staticImports(code.toString("utf8")))
      queue.push(resolve(dirname(file), next));
  }
  return files;
}

/** The pane's initial JavaScript, gzip-compressed, in bytes (for the benchmark). */
export function addinInitialJsGzipBytes(dist = DIST): number {
  return addinInitialJsFiles(dist).reduce((sum, f) => sum + f.gzip, 0);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function main(): void {
  const files = addinInitialJsFiles();
  for (const f of files)
    console.log(`${f.file.padEnd(48)} ${kb(f.raw).padStart(10)} ${kb(f.gzip).padStart(10)} gzip`);
  const raw = files.reduce((s, f) => s + f.raw, 0);
  const gzip = files.reduce((s, f) => s + f.gzip, 0);
  console.log(
    `initial JS: ${kb(raw)} raw, ${kb(gzip)} gzip (budget ${kb(INITIAL_JS_BUDGET_GZIP)})`,
  );
  if (gzip > INITIAL_JS_BUDGET_GZIP) {
    console.error("The task pane's initial JavaScript is over budget: load more of it lazily.");
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && /bundle-size\.ts$/.test(process.argv[1])) main();
