import type { ReleaseTables } from "../disclosure/check-release";
import type { LinearSystem } from "../disclosure/linear-system";
import { protect } from "../disclosure/protect";
import { MIN_COMPANIES } from "../disclosure/settings";
import { bandsOf } from "./bands";
import { cellId, gridGroups, groupId, type Grid, type GroupRef, type ScopeKey } from "./grid";
import {
  bandMeasureId,
  companiesMeasure,
  GRANT_UNIT_YEN,
  statCountMeasure,
  sumMeasure,
  trainingCompleteMeasure,
} from "./grid-measures";
import { INDUSTRY_LABELS, labelOf, SIZE_BAND_LABELS } from "./labels";
import type {
  BreakdownRow,
  DistributionRow,
  Figure,
  GroupFigures,
  Publication,
  QuartileFigures,
  ScopePublication,
} from "./publication";
import { gridOf, lookupOf, systemsOf, withChanges } from "./publication-systems";
import { withholdNested } from "./quantile-nesting";
import { ownQuartiles, quartileHistory } from "./quantile-history";
import { releasedQuartiles, type History } from "./quantile-release";
import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  type ActionId,
  type RawAggregates,
  type RawGroup,
  type StatKey,
  type SumMeasure,
} from "./raw-aggregates";

export interface RoundCapacity {
  round: number;
  capacity: number;
}

export interface PublicationOptions {
  minCompanies?: number;
  /** tests switch it off to show that the attacks would otherwise succeed */
  secondary?: boolean;
  /**
   * Releases already published that this one overlaps (the same fiscal year): a figure whose
   * change since any of them comes from 1–2 companies is protected like a figure of 1–2
   * companies, with complementary suppression as within one table.
   */
  earlier?: readonly ReleaseTables[];
  /** cells hidden besides what suppression decides (the protection-interval loop's choices) */
  alsoHide?: ReadonlySet<string>;
  /** systems (by index) whose hidden cells are already decided: protect.ts is not run again */
  decided?: ReadonlyMap<number, ReadonlySet<string>>;
  /** the systems of `raw` with their changes since `earlier`, when the caller has them already */
  systems?: readonly LinearSystem[];
}

export interface DecidedPublication {
  publication: Publication;
  /** the hidden cells of each system (the order of systemsOf) */
  hidden: ReadonlySet<string>[];
}

/**
 * Raw aggregates of one fiscal year → the published tables. Disclosure control runs over the
 * WHOLE year at once (every round, both breakdowns, the distributions), so a round's page and
 * the year's page always agree on what is hidden and cannot be played against each other.
 */
export function buildPublication(
  raw: RawAggregates,
  rounds: readonly RoundCapacity[],
  options: PublicationOptions = {},
): Publication {
  return decidePublication(raw, rounds, options).publication;
}

/** buildPublication, with the hidden cells of each system (for interval-protection.ts). */
export function decidePublication(
  raw: RawAggregates,
  rounds: readonly RoundCapacity[],
  options: PublicationOptions = {},
): DecidedPublication {
  const minCompanies = options.minCompanies ?? MIN_COMPANIES;
  const groupOf = lookupOf(raw);
  const grid = gridOf(
    raw,
    rounds.map((r) => r.round),
  );
  const earlier = (options.earlier ?? []).filter((e) => e.raw.fiscalYear === raw.fiscalYear);
  const systems =
    options.systems ??
    withChanges(
      systemsOf(raw, grid),
      earlier.map((e) => systemsOf(e.raw, grid)),
    );

  const values = new Map<string, number>();
  const hidden = new Set<string>();
  const hiddenBySystem = systems.map((system, k) => {
    for (const cell of system.cells) values.set(cell.id, cell.value);
    const decided = options.decided?.get(k) ?? protect(system, minCompanies, options).hidden;
    for (const id of decided) hidden.add(id);
    return decided;
  });
  const figure = (id: string, scale = 1): Figure => {
    if (hidden.has(id)) return { value: null, suppressed: true };
    const value = values.get(id);
    if (value === undefined) throw new Error(`no cell ${id}`);
    return { value: value * scale, suppressed: false };
  };

  // What earlier releases showed around each quartile block (quantile-history.ts).
  const history = historyOf(raw, rounds, earlier, grid);

  const figuresOf = (ref: GroupRef): GroupFigures => {
    const group = groupOf(ref);
    const perAction = (prefix: string) =>
      Object.fromEntries(
        ACTION_IDS.map((a) => [a, figure(cellId(`${prefix}.${a}`, ref))]),
      ) as Record<ActionId, Figure>;
    return {
      companies: figure(cellId(companiesMeasure.id, ref)),
      selected: perAction("selected"),
      achieved: perAction("achieved"),
      trainingComplete: figure(cellId(trainingCompleteMeasure.id, ref)),
      sums: Object.fromEntries(
        SUM_MEASURES.map((m) => [
          m,
          figure(cellId(sumMeasure(m).id, ref), m === "projectedGrantYen" ? GRANT_UNIT_YEN : 1),
        ]),
      ) as Record<SumMeasure, Figure>,
      stats: Object.fromEntries(
        STAT_KEYS.map((s) => [
          s,
          quartiles(group, s, figure(cellId(statCountMeasure(s).id, ref)), history(ref, s, group)),
        ]),
      ) as Record<StatKey, QuartileFigures>,
    };
  };

  const scopeOf = (scope: ScopeKey, capacity: number): ScopePublication => ({
    round: scope === "FY" ? null : scope,
    capacity,
    figures: figuresOf({ scope, dimension: "total", key: "" }),
    bySizeBand: grid.sizeBands.map((key) =>
      breakdownRow(key, SIZE_BAND_LABELS, figuresOf({ scope, dimension: "sizeBand", key })),
    ),
    byIndustry: grid.industries.map((key) =>
      breakdownRow(key, INDUSTRY_LABELS, figuresOf({ scope, dimension: "industry", key })),
    ),
    distributions: Object.fromEntries(
      STAT_KEYS.map((stat) => [
        stat,
        bandsOf(stat).map((band, index): DistributionRow => ({
          band: index,
          labelJa: band.labelJa,
          labelEn: band.labelEn,
          from: band.from,
          to: band.to,
          companies: figure(
            cellId(bandMeasureId(stat, index), { scope, dimension: "total", key: "" }),
          ),
        })),
      ]),
    ) as Record<StatKey, DistributionRow[]>,
  });

  const publication = withholdNested(
    {
      fiscalYear: raw.fiscalYear,
      minCompanies,
      fiscalYearScope: scopeOf(
        "FY",
        rounds.reduce((sum, r) => sum + r.capacity, 0),
      ),
      rounds: rounds.map((r) => scopeOf(r.round, r.capacity)),
    },
    (ref, stat) => groupOf(ref).stats[stat].n,
  );
  return { publication, hidden: hiddenBySystem };
}

/**
 * What earlier releases showed around each block depends on the aggregates, the rounds and the
 * earlier releases only, not on what is hidden now: the protection loop (interval-protection.ts)
 * builds the publication of the same aggregates once a round, and each block's history is found
 * once for all of them. `now` is always `raw`'s own group of `ref`.
 */
function historyOf(
  raw: RawAggregates,
  rounds: readonly RoundCapacity[],
  earlier: readonly ReleaseTables[],
  grid: Grid,
): (ref: GroupRef, stat: StatKey, now: RawGroup) => History {
  const key = {
    rounds: rounds.map((r) => r.round),
    earlier: earlier.flatMap((e) => [e.raw, e.publication]),
  };
  const cached = histories.get(raw);
  if (
    cached &&
    sameItems(cached.key.rounds, key.rounds) &&
    sameItems(cached.key.earlier, key.earlier)
  ) {
    return cached.history;
  }
  const find = quartileHistory(earlier, gridGroups(grid));
  const found = new Map<string, History>();
  const history = (ref: GroupRef, stat: StatKey, now: RawGroup): History => {
    const id = `${groupId(ref)}|${stat}`;
    let h = found.get(id);
    if (!h) {
      h = find(ref, stat, now);
      found.set(id, h);
    }
    return h;
  };
  histories.set(raw, { key, history });
  return history;
}

const histories = new WeakMap<
  RawAggregates,
  {
    key: { rounds: number[]; earlier: unknown[] };
    history: (ref: GroupRef, stat: StatKey, now: RawGroup) => History;
  }
>();

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Quartiles are not additive, so no sum can give them away; but from a few values they give the
 * values back (n = 3: q1 = (v1+v2)/2, median = v2, q3 = (v2+v3)/2). Whether they are shown
 * follows from the block's own companies (quantile-release.ts), not from its n: n, the number of
 * companies with a value, is a count of companies protected like any other (it gives away the
 * companies WITHOUT a value, e.g. without managers), and hiding it never needs the quartiles
 * hidden, nor the other way round.
 */
function quartiles(group: RawGroup, stat: StatKey, n: Figure, history: History): QuartileFigures {
  const count = group.stats[stat].n;
  // A shown n of 0: the quartiles are "-" (no values); that tells nothing n does not.
  if (count === 0 && !n.suppressed) {
    const none: Figure = { value: null, suppressed: false };
    return { n, q1: none, median: none, q3: none };
  }
  const shown = releasedQuartiles(
    { n: count, nHidden: n.suppressed, groupCompanies: group.companies },
    ownQuartiles(group, stat),
    history,
  );
  const one = (i: number): Figure =>
    shown === null ? { value: null, suppressed: true } : { value: shown[i]!, suppressed: false };
  return { n, q1: one(0), median: one(1), q3: one(2) };
}

function breakdownRow(
  key: string,
  labels: Record<string, readonly [string, string]>,
  figures: GroupFigures,
): BreakdownRow {
  const [labelJa, labelEn] = labelOf(labels, key);
  return { key, labelJa, labelEn, figures };
}
