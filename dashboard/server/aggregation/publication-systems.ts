import type { Cell, CellRecords, LinearSystem, Sensitivity } from "../disclosure/linear-system";
import {
  achievedAndGrantSystem,
  gridSystem,
  indexBands,
  statSystem,
  type GroupLookup,
} from "./disclosure-systems";
import { gridGroups, groupId, type Grid, type GroupRef } from "./grid";
import {
  companiesMeasure,
  GRANT_UNIT_YEN,
  selectedMeasures,
  sumMeasure,
  sumMeasures,
  trainingCompleteMeasure,
} from "./grid-measures";
import { figureMoved, groupOfCell, replacedChange, replacedGroups } from "./replaced-records";
import {
  emptyGroup,
  STAT_KEYS,
  SUM_MEASURES,
  type RawAggregates,
  type RawGroup,
  type SumMeasure,
} from "./raw-aggregates";
import { movedIn, type MovedParts } from "./record-changes";

const SIZE_BAND_ORDER = ["1-29", "30-99", "100-300"];

/** The table shape of a year: its rounds, the size bands, the industries that have records. */
export function gridOf(raw: RawAggregates, rounds: readonly number[]): Grid {
  return {
    rounds,
    sizeBands: SIZE_BAND_ORDER,
    industries: raw.groups
      .filter((g) => g.round === null && g.dimension === "industry" && g.companies > 0)
      .map((g) => g.key)
      .sort((a, b) => (a === "unknown" ? 1 : b === "unknown" ? -1 : a.localeCompare(b))),
  };
}

/** Groups of `raw` by reference; a group without records is an empty one. */
export function lookupOf(raw: RawAggregates): GroupLookup {
  const lookup = new Map(raw.groups.map((g) => [groupId(refOf(g)), g]));
  return (ref) =>
    lookup.get(groupId(ref)) ??
    emptyGroup(ref.scope === "FY" ? null : ref.scope, ref.dimension, ref.key);
}

function refOf(group: RawGroup): GroupRef {
  return { scope: group.round ?? "FY", dimension: group.dimension, key: group.key };
}

/**
 * Every linear system of a year's tables on `grid`, always in the same order (so that the
 * systems of two releases correspond one to one, and their cells by id).
 */
export function systemsOf(raw: RawAggregates, grid: Grid): LinearSystem[] {
  const groups = gridGroups(grid);
  const groupOf = lookupOf(raw);
  const bandCount = indexBands(raw);
  return withRecords(raw, [
    gridSystem([companiesMeasure], grid, groups, groupOf),
    ...selectedMeasures.map((m) => gridSystem([m], grid, groups, groupOf)),
    achievedAndGrantSystem(grid, groups, groupOf),
    gridSystem([trainingCompleteMeasure], grid, groups, groupOf),
    ...sumMeasures
      .filter((m) => m.id !== sumMeasure("projectedGrantYen").id)
      .map((m) => gridSystem([m], grid, groups, groupOf)),
    ...STAT_KEYS.map((stat) => statSystem(stat, grid, groups, groupOf, bandCount)),
  ]);
}

const SUM_CELL = new Map<string, SumMeasure>(SUM_MEASURES.map((m) => [`${sumMeasure(m).id}@`, m]));

/** The sums' cells of `systems` with the records they are made of (when `raw` kept them). */
function withRecords(raw: RawAggregates, systems: LinearSystem[]): LinearSystem[] {
  const parts = raw.recordParts;
  if (parts === undefined) return systems;
  for (const system of systems) {
    for (const cell of system.cells) {
      const at = cell.id.indexOf("@");
      const measure = SUM_CELL.get(cell.id.slice(0, at + 1));
      if (measure === undefined) continue;
      const unit = measure === "projectedGrantYen" ? GRANT_UNIT_YEN : 1;
      cell.records = { parts, group: cell.id.slice(at + 1), measure, unit };
    }
  }
  return systems;
}

/**
 * The change of a figure between an earlier release and now, as a figure of its own: a reader
 * holding both subtracts them. Its companies are those that joined or left the group; when the
 * group kept its size but the figure moved, some company was replaced: at least one.
 *
 * For a magnitude, its contributors are at least the net change of the group's contributors,
 * and at least one when the sum moved while that net change is 0: three companies with 0 that
 * joined hide nothing of one company's corrected record (its change is the whole change). Its
 * largest parts are at least those of the group's largest now that were not there before (a
 * newcomer that became the group's largest), so a change one newcomer dominates is protected by
 * the dominance rule like any sum, and likewise a decrease that one company that left dominates.
 * When both releases kept their records' parts (record-changes.ts), the largest parts are exactly
 * those of the records that joined (an increase) or left (a decrease), and of a corrected
 * record the size of its correction, whether or not they are among the group's two largest;
 * otherwise (a release made before parts were kept) the group's own largest are a lower bound.
 */
export function changeOf(
  now: Sensitivity & { value: number; records?: CellRecords },
  before: Cell | undefined,
): Sensitivity {
  const then = before ?? { groupSize: 0, contributors: 0, complements: [], value: 0 };
  const moved = figureMoved(now, then);
  const joinedOrLeft = Math.abs(now.groupSize - then.groupSize);
  const contributors = Math.abs(now.contributors - then.contributors);
  const change: Sensitivity = {
    groupSize: joinedOrLeft === 0 && moved ? 1 : joinedOrLeft,
    contributors,
    complements: now.complements.map((c, i) => Math.abs(c - (then.complements[i] ?? 0))),
  };
  if (now.largest === undefined) return change;
  const sumMoved = now.value !== then.value;
  if (sumMoved && contributors === 0) change.contributors = 1;
  // Grown: the newcomers' parts; shrunk (records revoked, an import batch removed): the parts
  // of those that left, seen the same way from the earlier release's largest.
  const grew = now.value - then.value;
  if (grew !== 0) {
    change.value = Math.abs(grew);
    const records = movedRecords(now, before);
    change.largest = records
      ? grew > 0
        ? records.up
        : records.down
      : grew > 0
        ? newLargest(now.largest, before?.largest ?? [])
        : newLargest(before?.largest ?? [], now.largest);
  }
  return change;
}

/**
 * The largest parts that moved the sum of `now`'s group since `before`'s release, in the cell's
 * unit; undefined when either release did not keep its records' parts. A cell that did not
 * exist before (a new industry) has the earlier release's records all the same: none of them.
 */
function movedRecords(
  now: Sensitivity & { records?: CellRecords },
  before: Cell | undefined,
): MovedParts | undefined {
  const mine = now.records;
  const then = before?.records;
  if (mine === undefined || then === undefined) return undefined;
  const moved = movedIn(then.parts, mine.parts, mine.group, mine.measure);
  return { up: moved.up.map((v) => v / mine.unit), down: moved.down.map((v) => v / mine.unit) };
}

/** The entries of `now` (descending) that `then` does not account for, one for one. */
function newLargest(now: readonly number[], then: readonly number[]): number[] {
  const left = [...then];
  return now.filter((v) => {
    const i = left.indexOf(v);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

/**
 * `systems` with each cell's changes since each of the `earlier` systems (same order). In a group
 * whose records were replaced (corrections, swaps) every figure gets a protected change, moved or
 * not (replaced-records.ts).
 */
export function withChanges(
  systems: readonly LinearSystem[],
  earlier: readonly (readonly LinearSystem[])[],
): LinearSystem[] {
  if (earlier.length === 0) return [...systems];
  const before = earlier.map((release) => {
    const cells = new Map<string, Cell>();
    for (const system of release) for (const cell of system.cells) cells.set(cell.id, cell);
    return cells;
  });
  const now = systems.flatMap((system) => system.cells);
  const replaced = before.map((cells) => replacedGroups(now, cells));
  return systems.map((system) => ({
    relations: system.relations,
    cells: system.cells.map((cell) => ({
      ...cell,
      changes: before.map((cells, r) => {
        const then = cells.get(cell.id);
        const change = changeOf(cell, then);
        return replaced[r]!.has(groupOfCell(cell.id)) ? replacedChange(change, cell, then) : change;
      }),
    })),
  }));
}
