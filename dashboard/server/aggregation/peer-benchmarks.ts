import type {
  BenchmarksQuery,
  BenchmarksResponse,
  PeerGroup,
  PeerQuartiles,
} from "../../../shared/api/benchmarks";
import type { BreakdownRow, Figure, Publication, QuartileFigures } from "./publication";

/** A peer group is shown only with at least this many companies (issue 18). */
export const PEER_MIN_COMPANIES = 10;

const released = (f: Figure): number | null => (f.suppressed ? null : f.value);

/**
 * The released quartiles (the disclosure control shows or withholds the three together, from
 * ≥ 10 companies with a value). Their n is a count of its own: shown when released, else null
 * (it can be hidden to protect the companies without a value; the quartiles need not be).
 */
function quartiles(q: QuartileFigures): PeerQuartiles | null {
  const companies = released(q.n);
  const q1 = released(q.q1);
  const median = released(q.median);
  const q3 = released(q.q3);
  if (q1 === null || median === null || q3 === null) return null;
  if (companies !== null && companies < PEER_MIN_COMPANIES) return null;
  return { companies, q1, median, q3 };
}

function group(dimension: PeerGroup["dimension"], row: BreakdownRow): PeerGroup | null {
  const companies = released(row.figures.companies);
  if (companies === null || companies < PEER_MIN_COMPANIES) return null;
  const managers = quartiles(row.figures.stats.managerRatioAfter);
  const gap = quartiles(row.figures.stats.wageGapAll);
  if (managers === null && gap === null) return null;
  return {
    dimension,
    key: row.key,
    labelJa: row.labelJa,
    labelEn: row.labelEn,
    companies,
    femaleManagerRatio: managers,
    wageGap: gap,
  };
}

/**
 * The peers of a company from a released Publication: the fiscal year's industry row and size
 * band row, each only when released with ≥ 10 companies and with unsuppressed quartiles of the
 * female manager ratio or the wage gap. The Publication has industry and size band as separate
 * breakdowns (no industry × size band cells), so those are the two peer groups.
 */
export function peerBenchmarks(pub: Publication, query: BenchmarksQuery): BenchmarksResponse {
  const scope = pub.fiscalYearScope;
  const groups: PeerGroup[] = [];
  const pick = (dimension: PeerGroup["dimension"], rows: BreakdownRow[], key?: string) => {
    const row = key === undefined ? undefined : rows.find((r) => r.key === key);
    const g = row ? group(dimension, row) : null;
    if (g) groups.push(g);
  };
  pick("industry", scope.byIndustry, query.industry);
  pick("sizeBand", scope.bySizeBand, query.sizeBand);
  return {
    fiscalYear: pub.fiscalYear,
    minCompanies: Math.max(PEER_MIN_COMPANIES, pub.minCompanies),
    groups,
  };
}
