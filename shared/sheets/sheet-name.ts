/** Excel's limit on a worksheet name, in UTF-16 code units (what Excel counts). */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[[\]:*?/\\]/g;

/** True when Excel accepts the name for a new sheet (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[[\]:*?/\\]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    // Excel reserves "History" for its change tracking.
    name.toLowerCase() !== "history"
  );
}

/** Cuts to `max` code units without splitting a surrogate pair (𠮷 in a category name). */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

/**
 * A valid sheet name from any text: forbidden characters become "_", the quote Excel
 * forbids at either end is dropped, control characters go, and the result fits 31 units.
 */
export function safeSheetName(text: string, fallback = "シート"): string {
  const cleaned = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  const name = cut(cleaned, MAX_SHEET_NAME).replace(/'+$/, "");
  return isValidSheetName(name) ? name : fallback;
}

/**
 * Hands out names that are valid and unique the way Excel compares them (case-insensitively):
 * a clash gets " (2)", " (3)"… with the base shortened so the suffix still fits.
 */
export class SheetNamer {
  private readonly taken = new Set<string>();

  name(text: string): string {
    const base = safeSheetName(text);
    for (let n = 1; ; n++) {
      const suffix = n === 1 ? "" : ` (${n})`;
      const candidate = safeSheetName(cut(base, MAX_SHEET_NAME - suffix.length) + suffix);
      const key = candidate.toLowerCase();
      if (!this.taken.has(key)) {
        this.taken.add(key);
        return candidate;
      }
    }
  }
}
