import type { Publication } from "../aggregation/publication";
import type { RawAggregates } from "../aggregation/raw-aggregates";

/**
 * TEMPORARY BODY (branch s7-releases). The seam of issue 14 fixes this file's names and shapes;
 * the SDC engineer (branch s7-sdc) owns the real auditor (linear programming over every earlier
 * release and the next one). At merge the lead keeps SDC's file. Until then every release
 * passes, so the releases side can be built and tested on its own.
 */

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

/**
 * Audits `next` together with every earlier release of the same fiscal year (and overlapping
 * scopes); refuses when a protected cell would be pinned tighter than its protection interval.
 * TEMPORARY: accepts everything (see the file comment).
 */
export function checkRelease(earlier: readonly ReleaseTables[], next: ReleaseTables): ReleaseCheck {
  void earlier;
  void next;
  return { ok: true, audit: { cellsChecked: 0, tightest: [] } };
}
