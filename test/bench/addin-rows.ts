import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { verdict, type BenchRow } from "./table";

/**
 * The add-in's figures come from modules other people own and that need a build
 * (`npm run build`). They are imported dynamically so that a missing module or a missing
 * dist/ gives a "not built" row instead of crashing the whole benchmark.
 */
interface AddinSyncModule {
  measureAddinSync(
    rows: number,
  ): Promise<{ action: string; syncs: number; maxRequestBytes: number }[]>;
}
interface BundleSizeModule {
  addinInitialJsGzipBytes(): number;
}

const MAX_SYNCS = 3;
/**
 * A check may take two more: finding and deleting our old marks each run in a guarded batch of
 * their own, so that a user's rule Excel cannot read or delete never fails the read or the new
 * marks (docs/excel-risks.md).
 */
const MAX_CHECK_SYNCS = MAX_SYNCS + 2;
const MAX_REQUEST_BYTES = 5 * 1024 * 1024;
const INITIAL_JS_GZIP_BUDGET = 250 * 1024;

async function load<T>(file: string): Promise<T | string> {
  if (!existsSync(file)) return `not built (${path.relative(process.cwd(), file)} missing)`;
  try {
    return (await import(pathToFileURL(file).href)) as T;
  } catch (error) {
    return `not built (${(error as Error).message.split("\n")[0]})`;
  }
}

const notBuilt = (section: BenchRow["section"], what: string, why: string): BenchRow => ({
  section,
  what,
  value: why,
  goal: "",
  verdict: "",
});

export async function addinRows(syncRows: number[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sync = await load<AddinSyncModule>(path.join(__dirname, "addin-sync.ts"));
  for (const n of syncRows) {
    if (typeof sync === "string") {
      rows.push(notBuilt("Add-in", `context.sync() per action, ${n} rows`, sync));
      continue;
    }
    try {
      for (const m of await sync.measureAddinSync(n)) {
        const mb = m.maxRequestBytes / 1024 / 1024;
        const maxSyncs = m.action.startsWith("check") ? MAX_CHECK_SYNCS : MAX_SYNCS;
        rows.push({
          section: "Add-in",
          what: `${m.action}, ${n.toLocaleString("en")} rows: syncs / largest request`,
          value: `${m.syncs} / ${mb.toFixed(2)} MB`,
          goal: `≤ ${maxSyncs} syncs; < 5 MB`,
          verdict:
            verdict(m.syncs, maxSyncs) === "ok" && m.maxRequestBytes < MAX_REQUEST_BYTES
              ? "ok"
              : "OVER",
        });
      }
    } catch (error) {
      rows.push(
        notBuilt(
          "Add-in",
          `context.sync() per action, ${n} rows`,
          `failed: ${(error as Error).message}`,
        ),
      );
    }
  }

  const bundle = await load<BundleSizeModule>(
    path.resolve(__dirname, "../../scripts/bundle-size.ts"),
  );
  const what = "initial JavaScript, gzip";
  if (typeof bundle === "string") rows.push(notBuilt("Task pane", what, bundle));
  else {
    try {
      const bytes = bundle.addinInitialJsGzipBytes();
      rows.push({
        section: "Task pane",
        what,
        value: `${(bytes / 1024).toFixed(1)} KB`,
        goal: "≤ 250 KB",
        verdict: verdict(bytes, INITIAL_JS_GZIP_BUDGET),
      });
    } catch (error) {
      rows.push(
        notBuilt("Task pane", what, `not built (${(error as Error).message.split("\n")[0]})`),
      );
    }
  }
  return rows;
}
