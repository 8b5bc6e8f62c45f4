/** Chart.js helpers: small pure functions, so the figures can be tested without a canvas. */

export interface BarSeries {
  labels: string[];
  /** One value per label; null draws no bar (a category without workers has no ratio). */
  values: (number | null)[];
}

/** The bar colour for a ratio: under the line (qualifies) vs at or over it. */
export function barColors(
  values: readonly (number | null)[],
  line: number,
  below: string,
  over: string,
): string[] {
  return values.map((v) => (v !== null && v < line ? below : over));
}

/** A y-axis maximum that leaves room above the tallest bar and always shows the 40% line. */
export function axisMax(values: readonly (number | null)[], line: number): number {
  const top = Math.max(line, ...values.map((v) => v ?? 0));
  return Math.min(100, Math.ceil((top + 10) / 10) * 10);
}
