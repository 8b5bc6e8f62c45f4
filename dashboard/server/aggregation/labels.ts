import { INDUSTRIES } from "../../../shared/stats/industries";

/** Display names for breakdown keys, Japanese first. */
export const SIZE_BAND_LABELS: Record<string, readonly [ja: string, en: string]> = {
  "1-29": ["1〜29人", "1–29 employees"],
  "30-99": ["30〜99人", "30–99 employees"],
  "100-300": ["100〜300人", "100–300 employees"],
};

/** 日本標準産業分類 (JSIC) major divisions, as the task pane offers them, and "not given". */
export const INDUSTRY_LABELS: Record<string, readonly [ja: string, en: string]> = {
  ...Object.fromEntries(INDUSTRIES.map((i) => [i.code, [i.ja, i.en] as const])),
  unknown: ["業種未回答", "Industry not given"],
};

export function labelOf(
  table: Record<string, readonly [string, string]>,
  key: string,
): readonly [string, string] {
  return table[key] ?? [key, key];
}
