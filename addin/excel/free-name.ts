import { cut, MAX_SHEET_NAME, safeSheetName } from "../../shared/report/sheets/sheet-name";

/**
 * A free name like "社員名簿 (2)" when the wanted one is taken (Excel compares names without
 * case). The base is cut in UTF-16 units, as Excel counts, but never inside a surrogate pair:
 * half of 𠮷 is a name Excel refuses.
 */
export function freeName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = safeSheetName(cut(wanted, MAX_SHEET_NAME - suffix.length) + suffix);
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
