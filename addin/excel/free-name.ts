import { cut, MAX_SHEET_NAME, safeSheetName } from "../../shared/sheets/sheet-name";

/**
 * "社員名簿 (n)": the base is cut in UTF-16 units, as Excel counts, but never inside a
 * surrogate pair (half of 𠮷 is a name Excel refuses).
 */
export function numberedName(wanted: string, n: number): string {
  const suffix = ` (${n})`;
  return safeSheetName(cut(wanted, MAX_SHEET_NAME - suffix.length) + suffix);
}

/** A free name like "社員名簿 (2)" when the wanted one is taken (Excel compares without case). */
export function freeName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 2; ; n++) {
    const candidate = numberedName(wanted, n);
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

/** Sheets among `names` that freeName may have made for `wanted`, lowest number first. */
export function numberedSheets(wanted: string, names: readonly string[]): string[] {
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const out: string[] = [];
  for (let n = 2; n <= names.length + 1; n++) {
    const found = byLower.get(numberedName(wanted, n).toLowerCase());
    if (found !== undefined) out.push(found);
  }
  return out;
}
