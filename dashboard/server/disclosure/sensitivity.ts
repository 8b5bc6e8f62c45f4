import type { Cell } from "./linear-system";

/** Official statistics print "X" for figures about one or two companies. */
export const MIN_COMPANIES = 3;

/** 1 or 2 companies (0 describes nobody, 3 or more is publishable). */
export function isSmall(companies: number, minCompanies = MIN_COMPANIES): boolean {
  return companies > 0 && companies < minCompanies;
}

/**
 * Primary suppression. A figure is derived from fewer than `minCompanies` companies when its
 * group is that small, when only that few companies contribute to it, or when a count of
 * companies it gives away together with its group's other figures is that small.
 */
export function isSensitive(
  figure: Pick<Cell, "groupSize" | "contributors" | "complements">,
  minCompanies = MIN_COMPANIES,
): boolean {
  return (
    isSmall(figure.groupSize, minCompanies) ||
    isSmall(figure.contributors, minCompanies) ||
    figure.complements.some((c) => isSmall(c, minCompanies))
  );
}

/** The figure that the hidden cells of one relation add up to, as one group. */
export function unionOf(
  cells: readonly Cell[],
): Pick<Cell, "groupSize" | "contributors" | "complements"> {
  const width = Math.min(...cells.map((c) => c.complements.length));
  return {
    groupSize: cells.reduce((s, c) => s + c.groupSize, 0),
    contributors: cells.reduce((s, c) => s + c.contributors, 0),
    complements: Array.from({ length: Number.isFinite(width) ? width : 0 }, (_, i) =>
      cells.reduce((s, c) => s + c.complements[i]!, 0),
    ),
  };
}
