import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchRow } from "./table";

/**
 * Issue 16 §13: the user's whole `katsuyaku check` process (start-up, reading, checking,
 * printing) against a whole process that only reads the same CSV with papaparse. Both run
 * the same node with the same preload, which prints the process's CPU time at exit, so the
 * CPU ratio is less at the mercy of a busy machine than the wall-clock one.
 */
const CPU_PRELOAD = `process.on("exit", () => {
  const u = process.cpuUsage();
  process.stderr.write("\\ncpu-ms " + (u.user + u.system) / 1000 + "\\n");
});`;

const BARE_PARSE = `const { readFileSync } = require("node:fs");
const Papa = require(${JSON.stringify(require.resolve("papaparse"))});
const text = new TextDecoder("utf-8").decode(readFileSync(process.argv[1]));
process.stdout.write(String(Papa.parse(text, { skipEmptyLines: false }).data.length - 1) + "\\n");`;

interface ProcessSample {
  wallMs: number;
  cpuMs: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function timeProcess(args: string[], preload: string, runs: number): ProcessSample {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, ["--require", preload, ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    walls.push(performance.now() - started);
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
    const cpu = /cpu-ms ([\d.]+)/.exec(result.stderr);
    cpus.push(cpu ? Number(cpu[1]) : NaN);
  }
  return { wallMs: median(walls), cpuMs: median(cpus) };
}

/** Builds the CLI as `npm install` does, then times both processes on each roster. */
export function cliProcessRows(
  rosters: readonly { size: number; file: string }[],
  runs: number,
  dir: string,
): BenchRow[] {
  execFileSync("npm", ["run", "-s", "build:cli"], { stdio: "inherit" });
  const preload = join(dir, "cpu-report.cjs");
  writeFileSync(preload, CPU_PRELOAD);
  const cli = join(process.cwd(), "dist/cli/katsuyaku.cjs");
  const rows: BenchRow[] = [];
  for (const { size, file } of rosters) {
    const n = size.toLocaleString("en");
    const bare = timeProcess(["-e", BARE_PARSE, file], preload, runs);
    const check = timeProcess([cli, "check", file, "--as-of", "2025-06-30"], preload, runs);
    const wall = check.wallMs / bare.wallMs;
    const cpu = check.cpuMs / bare.cpuMs;
    const goal = size >= 100_000;
    rows.push(
      {
        section: "Core",
        what: `whole process: node + bare papaparse parse, ${n} workers (wall, CPU)`,
        value: `${bare.wallMs.toFixed(0)} ms, ${bare.cpuMs.toFixed(0)} ms CPU`,
        goal: "",
        verdict: "",
      },
      {
        section: "Core",
        what: `whole process: katsuyaku check (built CLI), ${n} workers (÷ bare, wall / CPU)`,
        value: `${check.wallMs.toFixed(0)} ms, ${wall.toFixed(2)}× / ${cpu.toFixed(2)}× CPU`,
        goal: goal ? "≤ 1.3× at 100k" : "",
        verdict: goal ? (wall <= 1.3 ? "ok" : "OVER") : "",
      },
    );
  }
  return rows;
}
