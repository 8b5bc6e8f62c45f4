import { isRatioStat, RATIO_THRESHOLDS, WAGE_GAP_THRESHOLDS } from "./bands";
import { groupQuartiles } from "./quartiles";
import { orderTagged, type TaggedValues } from "./radix-order";
import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  type Dimension,
  type RawAggregates,
  type RawBandCount,
  type RawGroup,
  type StatKey,
  type Tally,
  emptyGroup,
} from "./raw-aggregates";

/** The aggregates of one finest cell (round × size band × industry), as the SQL returns them. */
export interface CellAggregate extends Tally {
  round: number;
  sizeBand: string;
  industry: string;
  /** each statistic's non-NULL values, in no particular order */
  values: Record<StatKey, Float64Array>;
}

type GroupKey = [round: number | null, dimension: Dimension, key: string];

/** Each cell is in six groups: its round's and the year's total, size band and industry. */
const FANOUT = 6;

/**
 * Cells → the groups of the six grouping sets the published tables use: (round),
 * (round, size band), (round, industry), (), (size band), (industry). A group exists when it has
 * a record, except the year's total, which always exists (as GROUP BY GROUPING SETS gives ()).
 * Counts and sums are integers added exactly; quartiles come from quartiles.ts (one pass per
 * statistic over the year's values in order); the banded
 * distributions count values per round and for the year (width_bucket: thresholds ≤ value).
 */
export function rollUp(fiscalYear: number, cells: readonly CellAggregate[]): RawAggregates {
  const groups: RawGroup[] = [];
  const index = new Map<string, number>();
  const groupIndex = ([round, dimension, key]: GroupKey): number => {
    const id = `${round ?? "FY"}|${dimension}|${key}`;
    let i = index.get(id);
    if (i === undefined) {
      i = groups.push(emptyGroup(round, dimension, key)) - 1;
      index.set(id, i);
    }
    return i;
  };
  groupIndex([null, "total", ""]);

  // The six groups of each cell, in cell order: groupQuartiles counts each value once per group.
  const groupsOfCell = new Int32Array(cells.length * FANOUT);
  cells.forEach((cell, c) => {
    const keys: GroupKey[] = [cell.round, null].flatMap((round): GroupKey[] => [
      [round, "total", ""],
      [round, "sizeBand", cell.sizeBand],
      [round, "industry", cell.industry],
    ]);
    keys.forEach((key, j) => {
      const g = groupIndex(key);
      addCell(groups[g]!, cell);
      groupsOfCell[c * FANOUT + j] = g;
    });
  });

  const bands = new Map<string, RawBandCount>();
  for (const stat of STAT_KEYS) {
    const runs = cells.map((cell) => cell.values[stat]);
    // One order of the year's values serves both the quartiles and the bands.
    const ordered = orderTagged(runs);
    const { n, quartiles } = groupQuartiles(runs, groupsOfCell, FANOUT, groups.length, ordered);
    groups.forEach((group, g) => {
      const [q1, median, q3] = quartiles[g]!;
      group.stats[stat] = { n: n[g]!, q1, median, q3 };
    });
    addBandCounts(bands, cells, stat, ordered);
  }
  return { fiscalYear, groups, bands: [...bands.values()] };
}

function addCell(group: Tally, cell: Tally): void {
  group.companies += cell.companies;
  for (const a of ACTION_IDS) {
    group.selected[a] += cell.selected[a];
    group.achieved[a] += cell.achieved[a];
  }
  group.trainingComplete += cell.trainingComplete;
  for (const m of SUM_MEASURES) {
    const sum = group.sums[m];
    sum.value += cell.sums[m].value;
    sum.contributors += cell.sums[m].contributors;
    sum.largest = topTwo(sum.largest, cell.sums[m].largest);
  }
}

/** The two largest of two short lists (the dominance rule's n = 2). */
function topTwo(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[];
  return [...a, ...b].sort((x, y) => y - x).slice(0, 2);
}

/**
 * The banded distribution of one statistic per round and for the year (width_bucket:
 * thresholds ≤ value). Walks the values in ascending order, so a value's band is found by moving
 * one pointer up (no comparisons per threshold), counting per cell; the counts are then added in
 * cell order, band by band, as the groups are.
 */
function addBandCounts(
  counts: Map<string, RawBandCount>,
  cells: readonly CellAggregate[],
  stat: StatKey,
  { values, tags }: TaggedValues,
): void {
  const add = (round: number | null, band: number, companies: number) => {
    const id = `${round ?? "FY"}|${stat}|${band}`;
    const entry = counts.get(id);
    if (entry) entry.companies += companies;
    else counts.set(id, { round, stat, band, companies });
  };
  const thresholds = Float64Array.from(isRatioStat(stat) ? RATIO_THRESHOLDS : WAGE_GAP_THRESHOLDS);
  const last = thresholds.length;
  const width = last + 1;
  const perCellBand = new Int32Array(cells.length * width);
  let band = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    while (band < last && thresholds[band]! <= v) band++;
    perCellBand[tags[i]! * width + band]!++;
  }
  cells.forEach((cell, c) => {
    for (let b = 0; b <= last; b++) {
      const companies = perCellBand[c * width + b]!;
      if (companies === 0) continue;
      add(cell.round, b, companies);
      add(null, b, companies);
    }
  });
}
