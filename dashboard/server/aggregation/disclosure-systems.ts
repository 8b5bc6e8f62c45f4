import type { Cell, LinearSystem, Relation } from "../disclosure/linear-system";
import { bandsOf } from "./bands";
import { cellId, gridRelations, scopesOf, type Grid, type GroupRef } from "./grid";
import {
  achievedMeasures,
  bandMeasureId,
  statCountMeasure,
  sumMeasure,
  type GridMeasure,
} from "./grid-measures";
import {
  ACTION_IDS,
  type ActionId,
  type RawAggregates,
  type RawGroup,
  type StatKey,
} from "./raw-aggregates";

/**
 * The linear systems disclosure control works on: one per group of figures that arithmetic
 * links (a measure over the whole grid; achieved A–D with the grant; a statistic's n with its
 * distributions). Figures in different systems share no equation.
 */

export type GroupLookup = (ref: GroupRef) => RawGroup;

function cellsFor(measure: GridMeasure, groups: readonly GroupRef[], groupOf: GroupLookup): Cell[] {
  return groups.map((ref) => {
    const group = groupOf(ref);
    return { id: cellId(measure.id, ref), groupSize: group.companies, ...measure.facts(group) };
  });
}

export function gridSystem(
  measures: readonly GridMeasure[],
  grid: Grid,
  groups: readonly GroupRef[],
  groupOf: GroupLookup,
): LinearSystem {
  return {
    cells: measures.flatMap((m) => cellsFor(m, groups, groupOf)),
    relations: measures.flatMap((m) => gridRelations(m.id, grid)),
  };
}

/**
 * Achieved A–D and the projected grant in one system: per group the grant is
 * 3 × (achieved A + B + C) + 1 × (achieved D) units, less what incomplete training and D without
 * A–C take away. An outsider who assumes that remainder is known must still learn nothing.
 */
export function achievedAndGrantSystem(
  grid: Grid,
  groups: readonly GroupRef[],
  groupOf: GroupLookup,
): LinearSystem {
  const grant = sumMeasure("projectedGrantYen");
  const base = gridSystem([...achievedMeasures, grant], grid, groups, groupOf);
  const coefficient: Record<ActionId, number> = { A: -3, B: -3, C: -3, D: -1 };
  const grantRelations: Relation[] = groups.map((ref) => ({
    kind: "linear",
    terms: [
      [cellId(grant.id, ref), 1],
      ...ACTION_IDS.map((a) => [cellId(`achieved.${a}`, ref), coefficient[a]] as const),
    ],
  }));
  return { cells: base.cells, relations: [...base.relations, ...grantRelations] };
}

export type BandIndex = Map<string, number>;

export function indexBands(raw: RawAggregates): BandIndex {
  const index: BandIndex = new Map();
  for (const b of raw.bands) index.set(`${b.stat}|${b.round ?? "FY"}|${b.band}`, b.companies);
  return index;
}

/**
 * Companies with a value of `stat` (over the whole grid) plus its banded distribution for each
 * round and the year: each distribution adds up to its n, each band of the year to its rounds.
 */
export function statSystem(
  stat: StatKey,
  grid: Grid,
  groups: readonly GroupRef[],
  groupOf: GroupLookup,
  bandCount: BandIndex,
): LinearSystem {
  const base = gridSystem([statCountMeasure(stat)], grid, groups, groupOf);
  const bands = bandsOf(stat);
  const cells: Cell[] = [...base.cells];
  const relations: Relation[] = [...base.relations];
  for (const scope of scopesOf(grid)) {
    const ref: GroupRef = { scope, dimension: "total", key: "" };
    const group = groupOf(ref);
    const n = group.stats[stat].n;
    const parts = bands.map((_, band) => {
      const count = bandCount.get(`${stat}|${scope}|${band}`) ?? 0;
      const id = cellId(bandMeasureId(stat, band), ref);
      cells.push({
        id,
        value: count,
        groupSize: group.companies,
        contributors: count,
        complements: [n - count],
        bound: group.companies,
      });
      return id;
    });
    relations.push({ kind: "sum", total: cellId(statCountMeasure(stat).id, ref), parts });
  }
  bands.forEach((_, band) => {
    relations.push({
      kind: "sum",
      total: cellId(bandMeasureId(stat, band), { scope: "FY", dimension: "total", key: "" }),
      parts: grid.rounds.map((round) =>
        cellId(bandMeasureId(stat, band), { scope: round, dimension: "total", key: "" }),
      ),
    });
  });
  return { cells, relations };
}
