/**
 * One measurement in a fresh process, so peak memory (maxRSS) belongs to this work alone.
 * Prints one JSON line: { ms, peakRssMb, baseRssMb, rows }.
 * Usage: tsx test/bench/measure.ts <parse|check|evaluate> <roster.csv> [report.csv]
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { readRosterCsv } from "../../shared/roster/read-csv";
import { summarizeRoster } from "../../shared/evaluation/roster-summary";
import { evaluateApplication } from "../../shared/rules/evaluate";
import { findRound } from "../../shared/schedule/find-round";

const [mode, file, second] = process.argv.slice(2);
if (!mode || !file) throw new Error("usage: measure.ts <parse|check|evaluate> <file> [file]");
const baseRssMb = process.resourceUsage().maxRSS / 1024;

function run(): number {
  if (mode === "parse") {
    // The floor any roster reader pays: read, decode, split into cells.
    const text = new TextDecoder("utf-8").decode(readFileSync(file!));
    return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.length - 1;
  }
  if (mode === "check") {
    const result = readRosterCsv(readFileSync(file!));
    summarizeRoster(result, { asOf: "2025-06-30" });
    return result.rowCount;
  }
  const application = readRosterCsv(readFileSync(file!));
  const report = readRosterCsv(readFileSync(second ?? file!));
  const round = findRound(2025, 1)!;
  evaluateApplication(
    {
      actions: ["A", "B", "C", "D"],
      targets: { A: "総合職", B: "技術職", C: "パートタイマー" },
      period: round.implementation,
    },
    application.workers,
    report.workers,
  );
  return application.rowCount + report.rowCount;
}

const started = performance.now();
const rows = run();
const ms = performance.now() - started;
console.log(
  JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, baseRssMb, rows }),
);
