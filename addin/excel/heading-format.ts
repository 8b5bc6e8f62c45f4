/** The look of heading rows on every sheet the add-in writes (template and results). */
export const HEADING_FILL = "#E7E6E6";

/** Excel measures column widths in points; a "character" of the default font is about 5.7 pt. */
export function columnWidthPoints(characters: number): number {
  return Math.round(characters * 5.7 + 5);
}

/** Bold, shaded heading rows. */
export function formatHeading(range: Excel.Range): void {
  range.format.font.bold = true;
  range.format.fill.color = HEADING_FILL;
}
