import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { BenchRow } from "./table";

/**
 * Issue 16 §13: the user's whole `katsuyaku check` process (start-up, reading, checking,
 * printing) against a whole process that only reads the same CSV with papaparse. Both run
 * the same node with the same preload, which prints the process's CPU time at exit (all
 * threads, so the garbage collector's helpers count too); the CPU ratio is less at the mercy
 * of a busy machine than the wall-clock one, so both are printed and both judged.
 *
 * The bare side is a fair floor, not a straw man: it reads the same file with one
 * readFileSync (as the CLI does), decodes it as UTF-8 (the CLI's encoding detection adds
 * only a look at the first 512 bytes and the fatal flag of the same decoder) and lets
 * papaparse split it (its delimiter guess reads ten rows; the CLI sniffs the header line).
 * It keeps papaparse's whole grid, as a plain parse does; the CLI keeps a Worker per row.
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

function timeOnce(args: string[], preload: string): ProcessSample {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--require", preload, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`${args.join(" ")} failed: ${result.stderr}`);
  const cpu = /cpu-ms ([\d.]+)/.exec(result.stderr);
  return { wallMs, cpuMs: cpu ? Number(cpu[1]) : NaN };
}

/**
 * Medians of `runs` runs of each command, taken in turn (bare, check, bare, check, …) so
 * that a neighbour's burst of load falls on both sides rather than on one.
 */
function timeAlternating(
  commands: readonly string[][],
  preload: string,
  runs: number,
): ProcessSample[] {
  const samples = commands.map(() => ({ walls: [] as number[], cpus: [] as number[] }));
  for (let i = 0; i < runs; i++) {
    commands.forEach((args, c) => {
      const sample = timeOnce(args, preload);
      samples[c]!.walls.push(sample.wallMs);
      samples[c]!.cpus.push(sample.cpuMs);
    });
  }
  return samples.map((s) => ({ wallMs: median(s.walls), cpuMs: median(s.cpus) }));
}

const RATIO_GOAL = 1.3;

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ");

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
    const loadBefore = load();
    const [bare, check] = timeAlternating(
      [
        ["-e", BARE_PARSE, file],
        [cli, "check", file, "--as-of", "2025-06-30"],
      ],
      preload,
      runs,
    ) as [ProcessSample, ProcessSample];
    const wall = check.wallMs / bare.wallMs;
    const cpu = check.cpuMs / bare.cpuMs;
    const goal = size >= 100_000;
    const judged = (ratio: number) => (goal ? (ratio <= RATIO_GOAL ? "ok" : "OVER") : "");
    rows.push(
      {
        section: "Core",
        what: `whole process: node + bare papaparse parse, ${n} workers (median of ${runs}, wall, CPU)`,
        value: `${bare.wallMs.toFixed(0)} ms, ${bare.cpuMs.toFixed(0)} ms CPU`,
        goal: "",
        verdict: "",
      },
      {
        section: "Core",
        what: `whole process: katsuyaku check (built CLI), ${n} workers (wall, CPU)`,
        value: `${check.wallMs.toFixed(0)} ms, ${check.cpuMs.toFixed(0)} ms CPU`,
        goal: "",
        verdict: "",
      },
      {
        section: "Core",
        what: `  check ÷ bare, wall clock, ${n} workers`,
        value: `${wall.toFixed(2)}×`,
        goal: goal ? `≤ ${RATIO_GOAL}× at 100k` : "",
        verdict: judged(wall),
      },
      {
        section: "Core",
        what: `  check ÷ bare, CPU time (all threads), ${n} workers`,
        value: `${cpu.toFixed(2)}×`,
        goal: goal ? `≤ ${RATIO_GOAL}× at 100k` : "",
        verdict: judged(cpu),
      },
      {
        section: "Core",
        what: `  load average (1, 5, 15 min) before / after the ${n} runs`,
        value: `${loadBefore} / ${load()}`,
        goal: "",
        verdict: "",
      },
    );
  }
  return rows;
}
