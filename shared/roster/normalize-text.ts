/**
 * NFKC leaves these alone (STACK.md), yet users type them interchangeably with "-" and "~"
 * (IME conversions, copy-paste from Word, Mac vs Windows). Katakana's long-vowel mark ー is
 * deliberately NOT here: it is a letter in パートリーダー, not a dash.
 */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const TILDES = /[\u301C\u3030\uFF5E\u223C\u223E]/g;
const SPACES = /\s+/g;
// Fast path: most cells are plain ASCII, which NFKC would return unchanged.
const NEEDS_NORMALISING = /[^\x20-\x7e]|\s\s|^\s|\s$/;

/**
 * Normalises one cell's text the way every comparison in Katsuyaku expects: NFKC
 * (full-width digits and letters to ASCII, half-width kana to full-width), dash and tilde
 * variants unified, runs of white space (including the ideographic space) folded to one
 * space, and the ends trimmed.
 */
export function normalizeText(value: string): string {
  if (!NEEDS_NORMALISING.test(value)) return value;
  return value
    .normalize("NFKC")
    .replace(DASHES, "-")
    .replace(TILDES, "~")
    .replace(SPACES, " ")
    .trim();
}
