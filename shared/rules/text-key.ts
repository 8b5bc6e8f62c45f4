import { normalizeText } from "../roster/normalize-text";

const cache = new Map<string, string>();
const CACHE_LIMIT = 10_000;

/**
 * normalizeText, memoised: categories and titles repeat across tens of thousands of rows, and
 * NFKC on Japanese text is the slowest step of a rule pass. Pure, so the cache is invisible.
 */
export function textKey(value: string): string {
  let key = cache.get(value);
  if (key === undefined) {
    key = normalizeText(value);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(value, key);
  }
  return key;
}
