/**
 * `npm run bench`: one table, measured side by side in one run (issue #5 §1).
 * - Core: check and evaluate of generated rosters against papaparse's bare parse of the same
 *   CSV, time and peak memory, median of --runs, each in a fresh process (measure.ts).
 * - Add-in / Task pane: context.sync() calls and request size per user action, initial JS
 *   gzip size (from other modules; "not built" when they or dist/ are missing).
 * - Dashboard: summary latency and submission throughput against a real server process, on
 *   PGlite and (when configured) PostgreSQL.
 * Figures are printed, never asserted: these machines are shared and noisy.
 * Options: --sizes 300,10000,100000 --runs 3 --dashboard-records 1000,100000 --clients 50,200
 *          --duration 10 --rate 1000 --open-rates 500,1000,2000 --skip-dashboard --pg <url>
 *          --smoke --only cli (just the whole-process CLI rows, e.g. --only cli --sizes 100000)
 * Small sizes (all ≤ 2,000) or --smoke: small dashboard counts and short runs (CI, < 60 s).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateRosterCells, toCsv } from "../support/generate-roster";
import { addinRows } from "./addin-rows";
import { cliProcessRows } from "./cli-process";
import { benchDashboard } from "./dashboard-bench";
import { describeMachine, machineInfo } from "./machine-info";
import { renderMarkdown, renderTable, type BenchRow } from "./table";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "300,10000,100000" },
    runs: { type: "string", default: "3" },
    "dashboard-records": { type: "string" },
    clients: { type: "string", default: "50,200" },
    rate: { type: "string", default: "1000" },
    "open-rates": { type: "string" },
    duration: { type: "string" },
    "skip-dashboard": { type: "boolean", default: false },
    pg: { type: "string" },
    smoke: { type: "boolean", default: false },
    markdown: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Math.max(1, Number(values.runs));
const smoke = values.smoke || sizes.every((n) => n <= 2000);
const list = (text: string) => text.split(",").map(Number);
const dashboardRecords = list(values["dashboard-records"] ?? (smoke ? "1000" : "1000,100000"));
const clients = list(values.clients);
const duration = Number(values.duration ?? (smoke ? 2 : 10));
const pgUrl =
  values.pg ??
  (process.env["KATSUYAKU_TEST_DATABASE_URL"] || process.env["DATABASE_URL"] || undefined);
const dir = join(process.cwd(), ".bench");
mkdirSync(dir, { recursive: true });

interface Sample {
  ms: number;
  peakRssMb: number;
  baseRssMb: number;
  rows: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(mode: string, ...files: string[]): Sample {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", join(__dirname, "measure.ts"), mode, ...files],
      {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      },
    );
    samples.push(JSON.parse(out.trim().split("\n").pop()!) as Sample);
  }
  return {
    ms: median(samples.map((s) => s.ms)),
    peakRssMb: median(samples.map((s) => s.peakRssMb)),
    baseRssMb: median(samples.map((s) => s.baseRssMb)),
    rows: samples[0]!.rows,
  };
}

function rosterFile(size: number, seed: number): string {
  const file = join(dir, `roster-${size}-${seed}.csv`);
  if (!existsSync(file)) writeFileSync(file, toCsv(generateRosterCells(size, seed)));
  return file;
}

async function coreRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const mb = (x: Sample) => (x.peakRssMb - x.baseRssMb).toFixed(1);
  for (const size of sizes) {
    const n = size.toLocaleString("en");
    const application = rosterFile(size, 1);
    const report = rosterFile(size, 2);
    const parse = measure("parse", application);
    const check = measure("check", application);
    const evaluate = measure("evaluate", application, report);
    const ratio = check.ms / parse.ms;
    const goal = size >= 100_000;
    rows.push(
      {
        section: "Core",
        what: `papaparse bare parse, ${n} workers`,
        value: `${parse.ms.toFixed(0)} ms, ${mb(parse)} MB`,
        goal: "",
        verdict: "",
      },
      {
        section: "Core",
        what: `check, ${n} workers (time, memory, ÷ parse)`,
        value: `${check.ms.toFixed(0)} ms, ${mb(check)} MB, ${ratio.toFixed(2)}×`,
        goal: goal ? "≤ 1.5× parse at 100k" : "",
        verdict: goal ? (ratio <= 1.5 ? "ok" : "OVER") : "",
      },
      {
        section: "Core",
        what: `evaluate (2 rosters), ${n} workers`,
        value: `${evaluate.ms.toFixed(0)} ms, ${mb(evaluate)} MB`,
        goal: "",
        verdict: "",
      },
    );
  }
  return rows;
}

async function main(): Promise<void> {
  const started = performance.now();
  const machine = await machineInfo(pgUrl);
  const cliRows = () =>
    cliProcessRows(
      sizes.map((size) => ({ size, file: rosterFile(size, 1) })),
      runs,
      dir,
    );
  if (values.only === "cli") {
    console.log(describeMachine(machine));
    console.log(values.markdown ? renderMarkdown(cliRows()) : renderTable(cliRows()));
    return;
  }
  const rows: BenchRow[] = await coreRows();
  rows.push(...cliRows());
  rows.push(...(await addinRows([smoke ? 2000 : 20_000])));
  if (values["skip-dashboard"]) {
    rows.push({
      section: "Dashboard",
      what: "skipped (--skip-dashboard)",
      value: "",
      goal: "",
      verdict: "",
    });
  } else {
    const common = {
      recordCounts: dashboardRecords,
      clients,
      durationSeconds: duration,
      summaryRequests: smoke ? 3 : 7,
      fixedRate: Number(values.rate),
      openRates: list(values["open-rates"] ?? (smoke ? "500" : "500,1000,2000")),
    };
    rows.push(...(await benchDashboard({ database: "PGlite", ...common })));
    if (pgUrl) rows.push(...(await benchDashboard({ database: "PostgreSQL", pgUrl, ...common })));
    else
      rows.push({
        section: "Dashboard",
        what: "PostgreSQL: not configured (--pg, KATSUYAKU_TEST_DATABASE_URL or DATABASE_URL)",
        value: "",
        goal: "",
        verdict: "",
      });
  }
  console.log(describeMachine(machine));
  console.log(
    `core: median of ${runs} run(s), each in a fresh process; memory = peak RSS − RSS at start` +
      (smoke ? "; smoke mode (small sizes)" : ""),
  );
  console.log(values.markdown ? renderMarkdown(rows) : renderTable(rows));
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
