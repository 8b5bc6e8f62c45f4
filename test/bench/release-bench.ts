/**
 * The pure part of creating a release at 100,000 records: finest cells → roll-up → publication
 * (suppression, with the earlier release of the year) → audit (checkRelease). Printed, never
 * asserted: `npx tsx test/bench/release-bench.ts [records]`.
 */
import { buildPublication } from "../../dashboard/server/aggregation/build-publication";
import { keyOf } from "../../dashboard/server/aggregation/load-publication";
import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  emptyGroup,
} from "../../dashboard/server/aggregation/raw-aggregates";
import { rollUp, type CellAggregate } from "../../dashboard/server/aggregation/roll-up";
import { auditSolverReady, loadedSolver } from "../../dashboard/server/disclosure/audit/solver";
import { checkRelease, type ReleaseTables } from "../../dashboard/server/disclosure/check-release";
import { protectIntervals } from "../../dashboard/server/disclosure/interval-protection";
import type { StatsRecord } from "../../shared/stats/record-schema";
import {
  referenceRecordParts,
  statValue,
  sumValue,
} from "../dashboard/support/reference-aggregate";
import { benchRecords } from "./bench-records";
import { cpuBetween, threadTimes } from "./thread-cpu";

/** What the aggregation SQL returns per finest cell, computed here without a database. */
function cellsOf(records: readonly StatsRecord[]): CellAggregate[] {
  const cells = new Map<string, CellAggregate & { lists: Record<string, number[]> }>();
  for (const r of records) {
    const industry = r.industry ?? "unknown";
    const key = `${r.round}|${r.sizeBand}|${industry}`;
    let cell = cells.get(key);
    if (!cell) {
      const empty = emptyGroup(r.round, "total", "");
      cell = {
        round: r.round,
        sizeBand: r.sizeBand,
        industry,
        companies: 0,
        selected: empty.selected,
        achieved: empty.achieved,
        trainingComplete: 0,
        sums: empty.sums,
        values: {} as CellAggregate["values"],
        lists: Object.fromEntries(STAT_KEYS.map((s) => [s, []])),
      };
      cells.set(key, cell);
    }
    cell.companies++;
    for (const a of ACTION_IDS) {
      cell.selected[a] += Number(r.actions.selected[a]);
      cell.achieved[a] += Number(r.actions.achieved[a]);
    }
    cell.trainingComplete += Number(r.training.complete);
    for (const m of SUM_MEASURES) {
      const v = sumValue(r, m);
      const sum = cell.sums[m];
      sum.value += v;
      if (v > 0) {
        sum.contributors++;
        sum.largest = [...sum.largest, v].sort((a, b) => b - a).slice(0, 2);
      }
    }
    for (const s of STAT_KEYS) {
      const v = statValue(r, s);
      if (v !== null) cell.lists[s]!.push(v);
    }
  }
  return [...cells.values()].map(({ lists, ...cell }) => ({
    ...cell,
    values: Object.fromEntries(
      STAT_KEYS.map((s) => [s, Float64Array.from(lists[s]!)]),
    ) as CellAggregate["values"],
  }));
}

/** Suppressed figures of a publication (every scope, breakdown and distribution). */
function hiddenCount(publication: unknown): number {
  return (JSON.stringify(publication).match(/"suppressed":true/g) ?? []).length;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000);
  await auditSolverReady;
  const records = benchRecords(count);
  const { rounds } = keyOf(2025);
  const release = (upTo: number, earlier: ReleaseTables[]) => {
    const started = performance.now();
    // With each record's parts, as a release keeps them (the dominance of changes).
    const raw = {
      ...rollUp(2025, cellsOf(records.slice(0, upTo))),
      recordParts: referenceRecordParts(records.slice(0, upTo), 2025),
    };
    const aggregated = performance.now();
    const cpu = process.cpuUsage();
    const first = buildPublication(raw, rounds, { earlier });
    const built = performance.now();
    const threads = threadTimes(process.pid);
    // What release creation does: suppression widened until every protection interval holds,
    // the last audit round judged by checkRelease.
    const widened = protectIntervals(raw, rounds, { earlier }, loadedSolver()!);
    const { publication } = widened;
    const tables: ReleaseTables = { fiscalYear: 2025, round: null, raw, publication };
    const check = checkRelease(earlier, tables, widened);
    const used = process.cpuUsage(cpu);
    const split = cpuBetween(process.pid, threads, threadTimes(process.pid));
    // A refusal is a finding, not a crash: print what it names.
    if (!check.ok) console.log(check.reasonsEn.slice(0, 6).join("\n"));
    const audited = performance.now();
    return {
      tables,
      row: {
        records: upTo,
        earlier: earlier.length,
        "cells → raw (ms)": Math.round(aggregated - started),
        "first suppression (ms)": Math.round(built - aggregated),
        "suppression + audit rounds (ms)": Math.round(audited - built),
        "CPU (ms)": Math.round((used.user + used.system) / 1000 - (built - aggregated)),
        // The event loop's own share (10 ms ticks): the rest is V8's helpers (JIT, GC), which a
        // loaded 2-core machine runs beside it.
        "main thread (ms)": split?.mainMs ?? "n/a",
        "other threads (ms)": split?.otherMs ?? "n/a",
        rounds: widened.rounds,
        "cells added": widened.added.size,
        hidden: hiddenCount(publication),
        "hidden before": hiddenCount(first),
        checked: check.audit.cellsChecked,
        ok: check.ok,
        "raw JSON (MB)": Math.round(JSON.stringify(raw).length / 1e5) / 10,
      },
    };
  };
  const first = release(count - 10, []);
  const second = release(count, [first.tables]);
  console.table([first.row, second.row]);
}

void main();
