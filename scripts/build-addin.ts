import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { addinOrigin } from "./dev-ports";
import { manifestForUrl, paneBaseUrl } from "./manifest-url";
import { validateManifest } from "./validate-manifest";

/**
 * `npm run build:addin [-- --url https://host/path/]`: builds the task pane into dist/addin and
 * writes dist/addin/manifest.xml for the address it will be served from (also
 * KATSUYAKU_ADDIN_URL; without either, https://localhost:<ADDIN_PORT>/). The manifest is checked
 * against the XSDs before it is written, so a broken one never reaches the admin center.
 */
const ROOT = resolve(__dirname, "..");
/** The build output (addin/vite.config.mts), which addin-server.ts serves too. */
const ADDIN_DIST = resolve(ROOT, "dist/addin");

/** Writes the manifest for `url` into `dir`; returns its path. Throws with every XSD error. */
export async function writeManifest(url: string, dir = ADDIN_DIST): Promise<string> {
  const xml = manifestForUrl(readFileSync(resolve(ROOT, "manifest.xml"), "utf8"), url);
  const { valid, errors } = await validateManifest(xml);
  if (!valid) throw new Error(`manifest.xml (${url}):\n${errors.join("\n")}`);
  const path = resolve(dir, "manifest.xml");
  writeFileSync(path, xml);
  return path;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { url: { type: "string" } } });
  const url = paneBaseUrl(values.url ?? process.env["KATSUYAKU_ADDIN_URL"] ?? `${addinOrigin()}/`);
  const vite = resolve(ROOT, "node_modules/.bin/vite");
  const build = spawnSync(vite, ["build", "-c", "addin/vite.config.mts"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const path = await writeManifest(url);
  console.log(
    [
      `作業ウィンドウ: ${ADDIN_DIST}（${url} で https 配信してください）`,
      `マニフェスト: ${path}（Microsoft 365 管理センター → 統合アプリ で登録）`,
      `Task pane: ${ADDIN_DIST} (serve it over https at ${url}); manifest: ${path}.`,
    ].join("\n"),
  );
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
