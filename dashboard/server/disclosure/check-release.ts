import type { Publication } from "../aggregation/publication";
import type { RawAggregates } from "../aggregation/raw-aggregates";
import { DISCLOSURE_MESSAGES } from "../messages/disclosure";
import { auditReleases, type AuditedFigure } from "./audit/audit";
import { loadedSolver, solverFailure } from "./audit/solver";
import type { Highs } from "highs";
import type { IntervalProtection } from "./interval-protection";

/** What a release stores besides its served bytes: the raw aggregates it was built from. */
export interface ReleaseTables {
  fiscalYear: number;
  /** null: the whole fiscal year */
  round: number | null;
  /** server-only, never served */
  raw: RawAggregates;
  /** exactly what is served for this release */
  publication: Publication;
}

export interface AuditSummary {
  cellsChecked: number;
  /** the protected cells pinned most tightly, for the note and `npm run privacy-audit` */
  tightest: { cell: string; lower: number; upper: number; required: number }[];
}

export type ReleaseCheck =
  | { ok: true; audit: AuditSummary }
  | { ok: false; audit: AuditSummary; reasonsJa: string[]; reasonsEn: string[] };

/** How many pinned figures a refusal names one by one. */
const NAMED = 10;
const TIGHTEST = 10;

/**
 * Audits `next` together with every earlier release of the same fiscal year (an attacker holds
 * them all at once); refuses when a protected cell (a figure of 1–2 companies, or the change of
 * a figure between two releases that comes from 1–2 companies) would be pinned tighter than its
 * protection interval (settings.ts), let alone to one value. Figures pinned by earlier releases
 * alone do not block `next`: refusing cannot unpublish them. Fails closed when the solver is not
 * available. `audited`: the audit of exactly these releases and which of its figures the new
 * release answers for, when the caller has just run it (interval-protection.ts's last round), so
 * that neither is run twice.
 */
export function checkRelease(
  earlier: readonly ReleaseTables[],
  next: ReleaseTables,
  audited?: Pick<IntervalProtection, "figures" | "blamed">,
): ReleaseCheck {
  const empty: AuditSummary = { cellsChecked: 0, tightest: [] };
  const highs = loadedSolver();
  if (!highs) {
    const m = solverFailure()
      ? DISCLOSURE_MESSAGES.solverFailed
      : DISCLOSURE_MESSAGES.solverNotReady;
    return { ok: false, audit: empty, reasonsJa: [m.messageJa], reasonsEn: [m.messageEn] };
  }
  const releases = [...earlier.filter((e) => e.fiscalYear === next.fiscalYear), next];
  let figures: readonly AuditedFigure[];
  let pinned: AuditedFigure[];
  try {
    figures = audited?.figures ?? auditReleases(releases, highs);
    pinned = figures.filter(audited?.blamed ?? blamedOnNext(releases.slice(0, -1), highs));
  } catch (error) {
    const m = DISCLOSURE_MESSAGES.auditFailed(
      error instanceof Error ? error.message : String(error),
    );
    return { ok: false, audit: empty, reasonsJa: [m.messageJa], reasonsEn: [m.messageEn] };
  }
  const audit = summarise(figures);
  if (pinned.length === 0) return { ok: true, audit };
  const named = pinned
    .slice(0, NAMED)
    .map((f) => DISCLOSURE_MESSAGES.pinned(f.label, (f.upper - f.lower) / 2, f.required));
  const rest = pinned.length - named.length;
  const lines = [
    DISCLOSURE_MESSAGES.refused,
    ...named,
    ...(rest > 0 ? [DISCLOSURE_MESSAGES.more(rest)] : []),
  ];
  return {
    ok: false,
    audit,
    reasonsJa: lines.map((l) => l.messageJa),
    reasonsEn: lines.map((l) => l.messageEn),
  };
}

/**
 * Which pinned figures a new release, following `earlier`, is to blame for: its own, and those
 * of an earlier release that only it pins (a reader holds them all: a later release may show
 * what an earlier one hid to protect a neighbour). An earlier figure that the earlier releases
 * pinned already without it (only possible for releases made before this check) does not count
 * while the new release leaves it as wide as they did: refusing cannot unpublish that. Pinned
 * any tighter, it counts (red team 2, session 10). The earlier releases' own audit runs once,
 * when first needed.
 */
export function blamedOnNext(
  earlier: readonly ReleaseTables[],
  highs: Highs,
  minCompanies?: number,
): (figure: AuditedFigure) => boolean {
  let widthBefore: Map<string, number> | undefined;
  return (f) => {
    if (!f.pinned) return false;
    if (f.release === earlier.length) return true;
    // A pinned figure's interval is solved in full (only those that pass stop early).
    widthBefore ??= new Map(
      auditReleases(earlier, highs, minCompanies, undefined, undefined, false)
        .filter((e) => e.pinned)
        .map((e) => [e.label, e.upper - e.lower]),
    );
    const before = widthBefore.get(f.label);
    return before === undefined || f.upper - f.lower < before - WIDTH_TOLERANCE;
  };
}

/** Solver rounding: an interval this much narrower is the same interval. */
const WIDTH_TOLERANCE = 1e-6;

/** The figures closest to their limit: the smallest width relative to what protection needs. */
export function summarise(figures: readonly AuditedFigure[]): AuditSummary {
  const slack = (f: AuditedFigure) =>
    f.required > 0 ? (f.upper - f.lower) / (2 * f.required) : Infinity;
  return {
    cellsChecked: figures.length,
    tightest: [...figures]
      .sort((a, b) => slack(a) - slack(b) || (a.label < b.label ? -1 : 1))
      .slice(0, TIGHTEST)
      .map((f) => ({ cell: f.label, lower: f.lower, upper: f.upper, required: f.required })),
  };
}
