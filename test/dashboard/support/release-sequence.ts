import type { GroupFigures, Publication } from "../../../dashboard/server/aggregation/publication";
import { loadedSolver } from "../../../dashboard/server/disclosure/audit/solver";
import {
  checkRelease,
  type ReleaseTables,
} from "../../../dashboard/server/disclosure/check-release";
import { protectIntervals } from "../../../dashboard/server/disclosure/interval-protection";
import type { IndustryCode, SizeBand, StatsRecord } from "../../../shared/stats/record-schema";
import { makeRecord } from "./records";
import { referenceAggregate, referenceRecordParts } from "./reference-aggregate";

/**
 * The red-team tests' sequences of releases of fiscal 2025, built in memory as
 * POST /api/releases builds them. Callers await `auditSolverReady` first.
 */
export const ROUNDS = [1, 2, 3, 4, 5, 6].map((round) => ({
  round,
  capacity: round === 1 ? 100 : 80,
}));

export interface Made {
  tables: ReleaseTables;
  /** false: refused, so nothing of it was ever shown */
  ok: boolean;
}

/** What create-release.ts does with the records of the year and the earlier releases. */
export function release(
  records: readonly StatsRecord[],
  earlier: readonly Made[],
  who?: (r: StatsRecord) => string,
): Made {
  const before = earlier.filter((e) => e.ok).map((e) => e.tables);
  const raw = {
    ...referenceAggregate(records, 2025),
    recordParts: referenceRecordParts(records, 2025, who),
  };
  const built = protectIntervals(raw, ROUNDS, { earlier: before }, loadedSolver()!);
  const publication = JSON.parse(JSON.stringify(built.publication)) as Publication;
  const tables: ReleaseTables = { fiscalYear: 2025, round: null, raw, publication };
  return { tables, ok: checkRelease(before, tables, built).ok };
}

const SIZES: SizeBand[] = ["1-29", "30-99", "100-300"];
const INDUSTRIES: IndustryCode[] = ["E", "G", "I", "P", "N"];

/** `count` companies in rounds 1–3 from a fixed pseudo-random stream (session 10's red teams). */
export function companies(count: number, seed: number): StatsRecord[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return Math.floor((state / 2_147_483_648) * n);
  };
  return Array.from({ length: count }, () =>
    makeRecord((r) => {
      r.round = 1 + next(3);
      r.sizeBand = SIZES[next(3)]!;
      r.industry = INDUSTRIES[next(5)]!;
      r.actions.selected = { A: true, B: next(3) === 0, C: next(4) === 0, D: next(5) === 0 };
      r.actions.achieved = {
        A: next(4) !== 0,
        B: r.actions.selected.B && next(2) === 0,
        C: false,
        D: r.actions.selected.D && next(2) === 0,
      };
      r.counts.report.managers.women = r.counts.application.managers.women + next(4);
      r.categories = { total: 3 + next(4), below40: 1 + next(2) };
      r.wageGap.all = 50 + next(40);
      r.training.complete = next(3) !== 0;
      const { A, B, D } = r.actions.achieved;
      r.projectedGrantYen = 300_000 * (Number(A) + Number(B)) + 100_000 * Number(D);
    }),
  );
}

/** Every group's figures of a publication, by "FY/industry/N", "r2/total/" … */
export function groups(p: Publication): Map<string, GroupFigures> {
  const out = new Map<string, GroupFigures>();
  for (const scope of [p.fiscalYearScope, ...p.rounds]) {
    const at = scope.round === null ? "FY" : `r${scope.round}`;
    out.set(`${at}/total/`, scope.figures);
    for (const row of scope.bySizeBand) out.set(`${at}/sizeBand/${row.key}`, row.figures);
    for (const row of scope.byIndustry) out.set(`${at}/industry/${row.key}`, row.figures);
  }
  return out;
}

/** Whether a record belongs to a group "FY/total/", "r2/sizeBand/30-99", "r1/industry/G" … */
export function inGroup(r: StatsRecord, group: string): boolean {
  const [scope, dimension, key] = group.split("/") as [string, string, string];
  return (
    (scope === "FY" || r.round === Number(scope.slice(1))) &&
    (dimension === "total" || (dimension === "sizeBand" ? r.sizeBand === key : r.industry === key))
  );
}
