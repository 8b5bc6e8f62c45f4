import type { ReleaseTables } from "../disclosure/check-release";
import { groupId, type GroupRef } from "./grid";
import type { GroupFigures, Publication } from "./publication";
import { lookupOf } from "./publication-systems";
import { roundQuantile, sameQuartiles, type History, type Published } from "./quantile-release";
import { STAT_KEYS, type RawGroup, type StatKey } from "./raw-aggregates";

/** b holds every company of a: the same group or a total, of a's round or of the year. */
export function holds(b: GroupRef, a: GroupRef): boolean {
  return (
    (b.scope === "FY" || b.scope === a.scope) &&
    (b.dimension === "total" || (a.dimension === b.dimension && a.key === b.key))
  );
}

export const ownQuartiles = (group: RawGroup, stat: StatKey): Published => {
  const { q1, median, q3 } = group.stats[stat];
  return [roundQuantile(q1), roundQuantile(median), roundQuantile(q3)];
};

function publishedQuartiles(figures: GroupFigures | undefined, stat: StatKey): Published | null {
  const block = figures?.stats[stat];
  if (!block || block.q1.suppressed || block.median.suppressed || block.q3.suppressed) return null;
  return [block.q1.value, block.median.value, block.q3.value];
}

function figuresByGroup(pub: Publication): Map<string, GroupFigures> {
  const out = new Map<string, GroupFigures>();
  for (const scope of [pub.fiscalYearScope, ...pub.rounds]) {
    const at = scope.round === null ? "FY" : scope.round;
    out.set(groupId({ scope: at, dimension: "total", key: "" }), scope.figures);
    for (const row of scope.bySizeBand)
      out.set(groupId({ scope: at, dimension: "sizeBand", key: row.key }), row.figures);
    for (const row of scope.byIndustry)
      out.set(groupId({ scope: at, dimension: "industry", key: row.key }), row.figures);
  }
  return out;
}

/**
 * What the earlier releases of the year showed that a block's quartiles now could be put
 * against: every block of the same group, a group inside it or around it that showed its own
 * quartiles then, with how many companies with a value the two differ by. Records are assumed
 * only added between releases (a revocation makes a difference look smaller: the cautious side).
 */
export function quartileHistory(
  earlier: readonly ReleaseTables[],
  groups: readonly GroupRef[],
): (ref: GroupRef, stat: StatKey, now: RawGroup) => History {
  // Per release and statistic, once: the blocks it showed with their own quartiles.
  const releases = earlier.map((e) => {
    const groupOf = lookupOf(e.raw);
    const figures = figuresByGroup(e.publication);
    const shownOwn = new Map<StatKey, { ref: GroupRef; n: number; own: Published }[]>();
    for (const stat of STAT_KEYS) {
      shownOwn.set(
        stat,
        groups.flatMap((ref) => {
          const group = groupOf(ref);
          const own = ownQuartiles(group, stat);
          const shown = publishedQuartiles(figures.get(groupId(ref)), stat);
          if (shown === null || shown[1] === null || !sameQuartiles(shown, own)) return [];
          return [{ ref, n: group.stats[stat].n, own }];
        }),
      );
    }
    return { groupOf, figures, shownOwn };
  });
  return (ref, stat, now) => {
    const nNow = now.stats[stat].n;
    const ownNow = ownQuartiles(now, stat);
    const comparisons: { companies: number; sameValues: boolean }[] = [];
    let kept: Published | null = null;
    for (const e of releases) {
      const same = publishedQuartiles(e.figures.get(groupId(ref)), stat);
      if (same !== null && same[1] !== null) kept = same;
      const nThen = e.groupOf(ref).stats[stat].n;
      for (const other of e.shownOwn.get(stat)!) {
        const inside = holds(ref, other.ref);
        if (!inside && !holds(other.ref, ref)) continue;
        // The block now holds the other (or is it): they differ by what it has beyond. The
        // other holds the block: by what it had beyond the block then, plus what joined since.
        const companies = inside
          ? Math.abs(nNow - other.n)
          : other.n - nThen + Math.abs(nNow - nThen);
        comparisons.push({ companies, sameValues: sameQuartiles(other.own, ownNow) });
      }
    }
    return { comparisons, kept };
  };
}
