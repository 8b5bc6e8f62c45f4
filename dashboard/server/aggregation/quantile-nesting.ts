import { MIN_COMPANIES } from "../disclosure/settings";
import type { GroupRef } from "./grid";
import type { GroupFigures, Publication } from "./publication";
import { holds } from "./quantile-history";
import { STAT_KEYS, type StatKey } from "./raw-aggregates";

/** One group's figures in a publication, with where it sits. */
interface Place {
  ref: GroupRef;
  figures: GroupFigures;
}

/** Every group, supersets first: the year, then each round; within each, the total first. */
function placesOf(pub: Publication): Place[] {
  return [pub.fiscalYearScope, ...pub.rounds].flatMap((scope) => {
    const at = scope.round === null ? ("FY" as const) : scope.round;
    return [
      { ref: { scope: at, dimension: "total" as const, key: "" }, figures: scope.figures },
      ...scope.bySizeBand.map((row) => ({
        ref: { scope: at, dimension: "sizeBand" as const, key: row.key },
        figures: row.figures,
      })),
      ...scope.byIndustry.map((row) => ({
        ref: { scope: at, dimension: "industry" as const, key: row.key },
        figures: row.figures,
      })),
    ];
  });
}

const shown = (figures: GroupFigures, stat: StatKey) => !figures.stats[stat].median.suppressed;

/**
 * Two published quartile blocks of one release, one inside the other, whose companies with a
 * value differ by 1–2 (a round's industry and the year's industry when the other rounds add one
 * company) give those companies' values away, as two releases would. Withholds, supersets
 * first, every block that close to a shown block containing it: the larger group's quartiles
 * are the more useful ones and stay. `n`: the true number of companies with a value of a group.
 */
export function withholdNested(
  pub: Publication,
  n: (ref: GroupRef, stat: StatKey) => number,
): Publication {
  const places = placesOf(pub);
  const small = (d: number) => d > 0 && d < MIN_COMPANIES;
  for (const stat of STAT_KEYS) {
    places.forEach((a, i) => {
      if (!shown(a.figures, stat)) return;
      const nA = n(a.ref, stat);
      const close = places
        .slice(0, i)
        .some((b) => holds(b.ref, a.ref) && shown(b.figures, stat) && small(n(b.ref, stat) - nA));
      if (!close) return;
      const hidden = { value: null, suppressed: true };
      const block = a.figures.stats[stat];
      a.figures.stats[stat] = { n: block.n, q1: hidden, median: hidden, q3: hidden };
    });
  }
  return pub;
}
