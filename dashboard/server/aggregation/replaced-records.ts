import {
  termsOf,
  type Cell,
  type LinearSystem,
  type Sensitivity,
} from "../disclosure/linear-system";

/**
 * Groups whose records changed since an earlier release while their number of companies did not
 * (a company corrected its record, or one withdrew while another joined): some figure of the
 * group moved although the group kept its size. Keyed by the group part of a cell's id
 * ("r1/total/").
 */
export function replacedGroups(
  cells: Iterable<Cell>,
  before: ReadonlyMap<string, Cell>,
): Set<string> {
  const out = new Set<string>();
  for (const cell of cells) {
    if (cell.fixed) continue;
    const then = before.get(cell.id);
    if (!then || then.groupSize !== cell.groupSize || cell.groupSize === 0) continue;
    if (moved(cell, then)) out.add(groupOfCell(cell.id));
  }
  return out;
}

export function groupOfCell(id: string): string {
  return id.slice(id.indexOf("@") + 1);
}

function moved(now: Cell, then: Cell): boolean {
  return (
    now.value !== then.value ||
    now.contributors !== then.contributors ||
    now.complements.some((c, i) => c !== (then.complements[i] ?? 0))
  );
}

/**
 * The change of a figure of a group whose records were replaced: it may come from the one or two
 * companies that corrected their records (or withdrew and joined), whether or not the figure
 * moved. Deciding by "moved" would let the suppression pattern itself tell which figures a
 * corrected record shares with its earlier version; so every figure of such a group that is not
 * forced is protected as a change of (at least) one company, and the pattern depends only on
 * which groups were touched and on published 0s and full counts.
 */
export function replacedChange(
  change: Sensitivity,
  now: Cell,
  then: Cell | undefined,
): Sensitivity {
  if (now.fixed || !then || change.groupSize > 0) return change;
  return {
    ...change,
    groupSize: 1,
    ...(now.largest === undefined ? {} : { contributors: Math.max(1, change.contributors) }),
  };
}

/**
 * The cells of `system` whose change since `before` public information forces: cells of groups
 * that did not change at all (same size, no figure moved), figures forced in both releases (a 0,
 * a full count), and, through the system's relations, a cell whose every other term is forced
 * (e.g. a round's achieved C when the industry holding every replaced record shows 0 in both
 * releases and the other industries did not change). Such a change tells nothing the published
 * 0s and full counts do not (group disclosure); protecting it would only pin it.
 */
export function forcedChanges(
  system: LinearSystem,
  before: ReadonlyMap<string, Cell>,
  changed: ReadonlySet<string>,
): Set<string> {
  const forced = new Set<string>();
  for (const cell of system.cells) {
    const then = before.get(cell.id);
    if (!then) continue;
    if (cell.fixed || !changed.has(groupOfCell(cell.id))) {
      forced.add(cell.id);
    }
  }
  const relations = system.relations.map(termsOf);
  for (let grew = true; grew;) {
    grew = false;
    for (const terms of relations) {
      const open = terms.filter(([id]) => !forced.has(id));
      if (open.length === 1 && before.has(open[0]![0])) {
        forced.add(open[0]![0]);
        grew = true;
      }
    }
  }
  return forced;
}

/** Groups that gained, lost or replaced records since `before` (any figure or size differs). */
export function changedGroups(
  cells: Iterable<Cell>,
  before: ReadonlyMap<string, Cell>,
): Set<string> {
  const out = new Set<string>();
  for (const cell of cells) {
    const then = before.get(cell.id);
    if (!then || then.groupSize !== cell.groupSize || moved(cell, then)) {
      out.add(groupOfCell(cell.id));
    }
  }
  return out;
}
