import type { Sensitivity } from "./linear-system";
import { DOMINANCE, MAGNITUDE_EXTRA_COMPANIES, MIN_COMPANIES } from "./settings";

export { MIN_COMPANIES };

/** 1 or 2 companies (0 describes nobody, 3 or more is publishable). */
export function isSmall(companies: number, minCompanies = MIN_COMPANIES): boolean {
  return companies > 0 && companies < minCompanies;
}

/**
 * The n-largest contributions make up more than k of a positive total: publishing it would tell
 * each of those companies (almost) the other's figure.
 */
export function isDominated(value: number, largest: readonly number[] | undefined): boolean {
  if (largest === undefined || value <= 0) return false;
  const top = largest.slice(0, DOMINANCE.n).reduce((s, v) => s + v, 0);
  return top > DOMINANCE.k * value + 1e-9;
}

/**
 * Primary suppression of one figure as it stands: it is derived from fewer than `minCompanies`
 * companies when its group is that small, when only that few companies contribute to it (one
 * more for a magnitude: an insider of three reads the other two), when a
 * count of companies it gives away together with its group's other figures is that small, or
 * when its largest two contributions dominate it.
 */
export function isSmallFigure(figure: Sensitivity, minCompanies = MIN_COMPANIES): boolean {
  return (
    isSmall(figure.groupSize, minCompanies) ||
    isSmall(
      figure.contributors,
      figure.largest === undefined ? minCompanies : minCompanies + MAGNITUDE_EXTRA_COMPANIES,
    ) ||
    figure.complements.some((c) => isSmall(c, minCompanies)) ||
    (figure.value !== undefined && isDominated(figure.value, figure.largest))
  );
}

/**
 * Primary suppression: the figure itself is small, or its difference from the same figure of an
 * earlier release (`changes`) is, since a reader who holds both releases subtracts them.
 */
export function isSensitive(figure: Sensitivity, minCompanies = MIN_COMPANIES): boolean {
  if (figure.fixed) return false;
  return (
    isSmallFigure(figure, minCompanies) ||
    (figure.changes ?? []).some((change) => isSmallFigure(change, minCompanies))
  );
}

/** The top `DOMINANCE.n` of several lists of largest contributions. */
export function largestOf(lists: readonly (readonly number[] | undefined)[]): number[] | undefined {
  if (lists.some((l) => l === undefined)) return undefined;
  return lists
    .flatMap((l) => l ?? [])
    .sort((a, b) => b - a)
    .slice(0, DOMINANCE.n);
}

/** The figure that the hidden cells of one relation add up to, as one group. */
export function unionOf(cells: readonly Sensitivity[]): Sensitivity {
  const width = Math.min(...cells.map((c) => c.complements.length));
  const union: Sensitivity = {
    groupSize: cells.reduce((s, c) => s + c.groupSize, 0),
    contributors: cells.reduce((s, c) => s + c.contributors, 0),
    complements: Array.from({ length: Number.isFinite(width) ? width : 0 }, (_, i) =>
      cells.reduce((s, c) => s + c.complements[i]!, 0),
    ),
  };
  if (cells.every((c) => c.value !== undefined && c.largest !== undefined)) {
    union.value = cells.reduce((s, c) => s + c.value!, 0);
    union.largest = largestOf(cells.map((c) => c.largest));
  }
  const releases = Math.min(...cells.map((c) => c.changes?.length ?? 0));
  if (Number.isFinite(releases) && releases > 0) {
    union.changes = Array.from({ length: releases }, (_, r) =>
      unionOf(cells.map((c) => c.changes![r]!)),
    );
  }
  return union;
}
