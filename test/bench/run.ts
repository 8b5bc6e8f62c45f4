/**
 * `npm run bench`: generates rosters of 300, 10k and 100k workers and prints, side by side,
 * the time and peak memory of `check` and `evaluate` against papaparse's bare parse of the
 * same CSV. Each figure is the median of several runs, each in a fresh process. Figures are
 * printed, never asserted: these machines are shared and noisy.
 * Options: --sizes 300,10000,100000  --runs 3
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateRosterCells, toCsv } from "../support/generate-roster";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "300,10000,100000" },
    runs: { type: "string", default: "3" },
  },
});
const sizes = values.sizes.split(",").map(Number);
const runs = Math.max(1, Number(values.runs));
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

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
);
console.log(
  `median of ${runs} run(s), each in a fresh process; memory = peak RSS − RSS at start (MB)`,
);
console.log(
  [
    "workers",
    "parse ms",
    "parse MB",
    "check ms",
    "check MB",
    "check/parse",
    "evaluate ms",
    "evaluate MB",
  ]
    .map((h, i) => pad(h, i === 0 ? 8 : 12))
    .join(" "),
);
for (const size of sizes) {
  const application = rosterFile(size, 1);
  const report = rosterFile(size, 2);
  const parse = measure("parse", application);
  const check = measure("check", application);
  const evaluate = measure("evaluate", application, report);
  const mb = (s: Sample) => (s.peakRssMb - s.baseRssMb).toFixed(1);
  console.log(
    [
      pad(size, 8),
      pad(parse.ms.toFixed(1), 12),
      pad(mb(parse), 12),
      pad(check.ms.toFixed(1), 12),
      pad(mb(check), 12),
      pad(`${(check.ms / parse.ms).toFixed(2)}×`, 12),
      pad(evaluate.ms.toFixed(1), 12),
      pad(mb(evaluate), 12),
    ].join(" "),
  );
}
console.log("goal: check within 1.5× of the bare parse at 100k workers; memory linear in rows");
