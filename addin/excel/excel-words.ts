import type { HostText } from "../workbook-host";

/*
 * The Excel host's own words, in both languages. They stay beside the host (which may not
 * import the task pane's catalogs in addin/src/i18n) and reach the pane as finished texts.
 */

/** While the user is editing a cell, Excel refuses every batch. */
export const CELL_EDIT_MODE: HostText = {
  ja: "セルの編集を終えてからもう一度お試しください。",
  en: "Finish editing the cell (press Enter or Esc), then try again.",
};

/** A text longer than an Excel cell holds was cut to `limit` characters ending in `marker`. */
export function cellCutText(
  sheet: string,
  cell: string,
  length: number,
  limit: number,
  marker: string,
): HostText {
  return {
    ja: `「${sheet}」${cell}: ${length} 文字の文字列は Excel のセルに入りきらないため、${limit} 文字で切り、末尾に「${marker}」を付けました。`,
    en: `"${sheet}" ${cell}: a text of ${length} characters does not fit an Excel cell; it was cut to ${limit} characters and ends with "${marker}".`,
  };
}

/** A value meant to be a number was not one and its cell was left empty. */
export function cellNotNumberText(sheet: string, cell: string, value: string): HostText {
  return {
    ja: `「${sheet}」${cell}: 数値にできない値（${value}）だったため、空欄にしました。`,
    en: `"${sheet}" ${cell}: a value that is not a number (${value}) was left empty.`,
  };
}
