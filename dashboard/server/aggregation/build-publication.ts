import type { LinearSystem } from "../disclosure/linear-system";
import { protect } from "../disclosure/protect";
import { isSmall, MIN_COMPANIES } from "../disclosure/sensitivity";
import { bandsOf } from "./bands";
import { cellId, gridGroups, groupId, type Grid, type GroupRef, type ScopeKey } from "./grid";
import {
  bandMeasureId,
  companiesMeasure,
  GRANT_UNIT_YEN,
  selectedMeasures,
  statCountMeasure,
  sumMeasure,
  sumMeasures,
  trainingCompleteMeasure,
} from "./grid-measures";
import {
  achievedAndGrantSystem,
  gridSystem,
  indexBands,
  statSystem,
  type GroupLookup,
} from "./disclosure-systems";
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
import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  type ActionId,
  type RawAggregates,
  type RawGroup,
  type StatKey,
  type SumMeasure,
  emptyGroup,
} from "./raw-aggregates";

export interface RoundCapacity {
  round: number;
  capacity: number;
}

const SIZE_BAND_ORDER = ["1-29", "30-99", "100-300"];

/**
 * Raw aggregates of one fiscal year → the published tables. Disclosure control runs over the
 * WHOLE year at once (every round, both breakdowns, the distributions), so a round's page and
 * the year's page always agree on what is hidden and cannot be played against each other.
 */
export function buildPublication(
  raw: RawAggregates,
  rounds: readonly RoundCapacity[],
  options: { minCompanies?: number; secondary?: boolean } = {},
): Publication {
  const minCompanies = options.minCompanies ?? MIN_COMPANIES;
  const lookup = new Map(raw.groups.map((g) => [groupId(refOf(g)), g]));
  const groupOf: GroupLookup = (ref) => lookup.get(groupId(ref)) ?? emptyGroupAt(ref);
  const grid: Grid = {
    rounds: rounds.map((r) => r.round),
    sizeBands: SIZE_BAND_ORDER,
    industries: raw.groups
      .filter((g) => g.round === null && g.dimension === "industry" && g.companies > 0)
      .map((g) => g.key)
      .sort((a, b) => (a === "unknown" ? 1 : b === "unknown" ? -1 : a.localeCompare(b))),
  };
  const groups = gridGroups(grid);
  const bandCount = indexBands(raw);

  const systems: LinearSystem[] = [
    gridSystem([companiesMeasure], grid, groups, groupOf),
    ...selectedMeasures.map((m) => gridSystem([m], grid, groups, groupOf)),
    achievedAndGrantSystem(grid, groups, groupOf),
    gridSystem([trainingCompleteMeasure], grid, groups, groupOf),
    ...sumMeasures
      .filter((m) => m.id !== sumMeasure("projectedGrantYen").id)
      .map((m) => gridSystem([m], grid, groups, groupOf)),
    ...STAT_KEYS.map((stat) => statSystem(stat, grid, groups, groupOf, bandCount)),
  ];

  const values = new Map<string, number>();
  const hidden = new Set<string>();
  for (const system of systems) {
    for (const cell of system.cells) values.set(cell.id, cell.value);
    for (const id of protect(system, minCompanies, options).hidden) hidden.add(id);
  }
  const figure = (id: string, scale = 1): Figure => {
    if (hidden.has(id)) return { value: null, suppressed: true };
    const value = values.get(id);
    if (value === undefined) throw new Error(`no cell ${id}`);
    return { value: value * scale, suppressed: false };
  };

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
          quartiles(group, s, figure(cellId(statCountMeasure(s).id, ref)), minCompanies),
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

  return {
    fiscalYear: raw.fiscalYear,
    minCompanies,
    fiscalYearScope: scopeOf(
      "FY",
      rounds.reduce((sum, r) => sum + r.capacity, 0),
    ),
    rounds: rounds.map((r) => scopeOf(r.round, r.capacity)),
  };
}

function refOf(group: RawGroup): GroupRef {
  return { scope: group.round ?? "FY", dimension: group.dimension, key: group.key };
}

function emptyGroupAt(ref: GroupRef): RawGroup {
  return emptyGroup(ref.scope === "FY" ? null : ref.scope, ref.dimension, ref.key);
}

/**
 * Quartiles are not additive, so no sum can give them away; they are suppressed for a group of
 * 1–2 companies or when only 1–2 companies have a value. Rounded to one decimal (half up).
 */
function quartiles(
  group: RawGroup,
  stat: StatKey,
  n: Figure,
  minCompanies: number,
): QuartileFigures {
  const { n: count, q1, median, q3 } = group.stats[stat];
  const hide = isSmall(group.companies, minCompanies) || isSmall(count, minCompanies);
  const one = (v: number | null): Figure =>
    hide
      ? { value: null, suppressed: true }
      : { value: v === null ? null : Math.round(v * 10 + 1e-9) / 10, suppressed: false };
  return { n, q1: one(q1), median: one(median), q3: one(q3) };
}

function breakdownRow(
  key: string,
  labels: Record<string, readonly [string, string]>,
  figures: GroupFigures,
): BreakdownRow {
  const [labelJa, labelEn] = labelOf(labels, key);
  return { key, labelJa, labelEn, figures };
}
