import { MIN_COMPANIES } from "../disclosure/settings";
import type { GroupFigures, Publication, ScopePublication } from "./publication";
import { STAT_KEYS, type StatKey } from "./raw-aggregates";

/** One group's figures in a publication, with where it sits. */
interface Place {
  round: number | null;
  /** "" for the scope's total */
  key: string;
  total: boolean;
  figures: GroupFigures;
}

/** Every group, supersets first: the year, then each round; within each, the total first. */
function placesOf(pub: Publication): Place[] {
  const of = (scope: ScopePublication): Place[] => [
    { round: scope.round, key: "", total: true, figures: scope.figures },
    ...[...scope.bySizeBand, ...scope.byIndustry].map((row) => ({
      round: scope.round,
      key: `${scope.bySizeBand.includes(row) ? "s" : "i"}/${row.key}`,
      total: false,
      figures: row.figures,
    })),
  ];
  return [...of(pub.fiscalYearScope), ...pub.rounds.flatMap(of)];
}

/** b holds every company of a: the same group of the year, or a total of a's scope or year. */
const contains = (b: Place, a: Place) =>
  a !== b &&
  (b.round === null || b.round === a.round) &&
  (b.total || (!a.total && a.key === b.key));

const shown = (figures: GroupFigures, stat: StatKey) => !figures.stats[stat].median.suppressed;

/**
 * Two published quartile blocks of one release, one inside the other, whose companies differ by
 * 1–2 (a round's industry and the year's industry when the other rounds add one company) give
 * those companies' values away, as two releases would. Judged on public figures only (numbers of
 * companies; n where both are shown), so that which block is withheld tells nothing hidden.
 */
function nestedTooClose(a: Place, b: Place, stat: StatKey): boolean {
  const small = (d: number) => d > 0 && d < MIN_COMPANIES;
  const [na, nb] = [a.figures.stats[stat].n, b.figures.stats[stat].n];
  const companies = (b.figures.companies.value ?? 0) - (a.figures.companies.value ?? 0);
  const withValue = na.suppressed || nb.suppressed ? undefined : (nb.value ?? 0) - (na.value ?? 0);
  return small(companies) || (withValue !== undefined && small(withValue));
}

/**
 * Withholds, supersets first, the quartiles of every block too close to a shown block that
 * contains it (the larger group's quartiles are the more useful ones and stay).
 */
export function withholdNested(pub: Publication): Publication {
  const places = placesOf(pub);
  for (const stat of STAT_KEYS) {
    places.forEach((a, i) => {
      if (!shown(a.figures, stat)) return;
      const close = places
        .slice(0, i)
        .some((b) => contains(b, a) && shown(b.figures, stat) && nestedTooClose(a, b, stat));
      if (!close) return;
      const hidden = { value: null, suppressed: true };
      const block = a.figures.stats[stat];
      a.figures.stats[stat] = { n: block.n, q1: hidden, median: hidden, q3: hidden };
    });
  }
  return pub;
}
