/**
 * From this many categories on, bars run horizontally: ~20 industries' names stay readable as
 * rows, where upright columns would rotate and crowd them.
 */
export const HORIZONTAL_FROM = 9;

export function isHorizontal(labels: readonly string[]): boolean {
  return labels.length >= HORIZONTAL_FROM;
}

/** The chart's height: fixed for columns, a row per category (and series) for horizontal bars. */
export function chartHeight(labels: readonly string[], seriesCount: number): number {
  return isHorizontal(labels) ? 60 + labels.length * Math.max(1, seriesCount) * 14 : 280;
}
