import type { Cell, Sensitivity } from "../disclosure/linear-system";

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
    if (figureMoved(cell, then)) out.add(groupOfCell(cell.id));
  }
  return out;
}

export function groupOfCell(id: string): string {
  return id.slice(id.indexOf("@") + 1);
}

/** Whether a figure moved between two releases: its value, its contributors or its complements. */
export function figureMoved(
  now: Pick<Cell, "value" | "contributors" | "complements">,
  then: Pick<Cell, "value" | "contributors" | "complements">,
): boolean {
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
 * corrected record shares with its earlier version; so every figure of such a group is protected
 * as a change of (at least) one company, and the pattern depends only on which groups were
 * touched. Published 0s and full counts too: showing them only where they stay 0 or full would
 * tell that the new record kept them.
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
