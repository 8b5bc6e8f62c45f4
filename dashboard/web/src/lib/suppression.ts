import type { Figure } from "./api-types";

/**
 * Chart values for figures: a suppressed or missing figure becomes null, which Chart.js
 * leaves as a gap. Drawing it as 0 would publish a number the disclosure control withheld.
 */
export function chartValues(figures: readonly Figure[]): (number | null)[] {
  return figures.map((f) => (f.suppressed ? null : f.value));
}

/** Which positions are suppressed (the chart labels those "X"). */
export function suppressedFlags(figures: readonly Figure[]): boolean[] {
  return figures.map((f) => f.suppressed);
}

/** Does any figure of a table read "X"? Then the explanation is shown under it. */
export function anySuppressed(rows: readonly (readonly Figure[])[]): boolean {
  return rows.some((row) => row.some((f) => f.suppressed));
}

/** Does any figure read "-"? */
export function anyMissing(rows: readonly (readonly Figure[])[]): boolean {
  return rows.some((row) => row.some((f) => !f.suppressed && f.value === null));
}

/** A figure known to the reader (capacity from the schedule), never suppressed. */
export function knownFigure(value: number): Figure {
  return { value, suppressed: false };
}
