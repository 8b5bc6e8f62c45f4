/**
 * `npm run privacy-audit`: the audit of the tables that would be released now (docs/privacy-sdc.md).
 * Reads the database the dashboard uses (DATABASE_URL, else the PGlite files under
 * KATSUYAKU_DATA_DIR); with no records there, the demo year in a throwaway PGlite.
 * Prints, per fiscal year, how many protected figures were checked, how many are pinned to a
 * value (would be refused) or narrower than their protection interval, and the tightest ones.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { knownFiscalYears } from "../shared/schedule/find-round";
import { aggregatesOf } from "../dashboard/server/aggregation/cell-rows";
import { buildPublication } from "../dashboard/server/aggregation/build-publication";
import { keyOf } from "../dashboard/server/aggregation/load-publication";
import { auditReleases } from "../dashboard/server/disclosure/audit/audit";
import { protectIntervals } from "../dashboard/server/disclosure/interval-protection";
import { auditSolverReady, loadedSolver } from "../dashboard/server/disclosure/audit/solver";
import { summarise } from "../dashboard/server/disclosure/check-release";
import { readConfig } from "../dashboard/server/config";
import { loadDemoData } from "../dashboard/server/first-start";
import { openStorage } from "../dashboard/server/storage/open-storage";
import type { Storage } from "../dashboard/server/storage/storage";

/** Suppressed figures of a publication (every scope, breakdown, distribution and quartile). */
function hiddenCount(publication: unknown): number {
  return (JSON.stringify(publication).match(/"suppressed":true/g) ?? []).length;
}

async function main(): Promise<void> {
  await auditSolverReady;
  const highs = loadedSolver();
  if (!highs) throw new Error("HiGHS did not load");
  const config = readConfig(process.env);
  const hasData = config.databaseUrl || existsSync(path.join(config.dataDir, "pglite"));
  let scratch: string | undefined;
  let storage: Storage = await openStorage(
    hasData
      ? { databaseUrl: config.databaseUrl, dataDir: config.dataDir }
      : { dataDir: (scratch = mkdtempSync(path.join(os.tmpdir(), "katsuyaku-audit-"))) },
  );
  try {
    const years = knownFiscalYears();
    let audited = 0;
    for (const source of ["database", "demo"] as const) {
      if (source === "demo") {
        if (audited > 0) break;
        console.log(
          "データベースに記録がないため、デモデータを監査します / no records: auditing the demo year",
        );
        if (hasData) {
          await storage.close();
          storage = await openStorage({
            dataDir: (scratch = mkdtempSync(path.join(os.tmpdir(), "katsuyaku-audit-"))),
          });
        }
        await loadDemoData(storage);
      }
      for (const fiscalYear of years) {
        const raw = aggregatesOf(fiscalYear, await storage.cellRows(fiscalYear));
        if (!raw.groups.some((g) => g.companies > 0)) continue;
        audited++;
        const { rounds } = keyOf(fiscalYear);
        const started = performance.now();
        const first = buildPublication(raw, rounds);
        const before = auditReleases([{ fiscalYear, round: null, raw, publication: first }], highs);
        const built = performance.now();
        // What release creation publishes: suppression widened to every protection interval.
        const {
          publication,
          figures,
          rounds: auditRounds,
        } = protectIntervals(raw, rounds, {}, highs);
        const done = performance.now();
        const summary = summarise(figures);
        const narrower = (list: typeof figures) => list.filter((f) => f.pinned).length;
        console.log(
          `\n${fiscalYear}年度 / FY${fiscalYear}: ${summary.cellsChecked} protected figures checked, ` +
            `${figures.filter((f) => f.disclosed).length} pinned to a value, ` +
            `${narrower(figures)} narrower than their protection interval ` +
            `(suppression alone: ${narrower(before)}); hidden figures ${hiddenCount(publication)} ` +
            `(suppression alone: ${hiddenCount(first)}); ${auditRounds} audit rounds ` +
            `(suppression + first audit ${(built - started).toFixed(0)} ms, ` +
            `protection intervals ${(done - built).toFixed(0)} ms)`,
        );
        for (const t of summary.tightest) {
          console.log(
            `  ${t.cell}: [${t.lower.toFixed(2)}, ${t.upper.toFixed(2)}], needs ±${t.required.toFixed(2)}`,
          );
        }
      }
    }
  } finally {
    await storage.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
