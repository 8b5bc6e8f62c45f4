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

export const SUPPRESSION_NOTE_JA =
  "「X」は、3社未満の企業に関する数値、又はその数値が他の数値との計算で判明してしまうため秘匿した数値です。「-」は該当する企業がないことを示します。";
