import type { Figure } from "../aggregation/publication";

/** Suppressed figures print as "X" (as in official statistics); missing ones as "-". */
export const SUPPRESSED_MARK = "X";

export function formatFigure(figure: Figure, digits = 0): string {
  if (figure.suppressed) return SUPPRESSED_MARK;
  if (figure.value === null) return "-";
  return figure.value.toLocaleString("ja-JP", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export { SUPPRESSION_NOTE_JA } from "../messages/annual-report-text";
