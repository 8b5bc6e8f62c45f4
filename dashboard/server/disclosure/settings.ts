/**
 * Every setting of disclosure control, in one place (docs/privacy-sdc.md explains each).
 * Changing one changes what is published: bump PUBLICATION_ALGORITHM (load-publication.ts).
 */

/** Official statistics print "X" for figures about one or two companies. */
export const MIN_COMPANIES = 3;

/**
 * A magnitude (yen, headcounts) needs one contributing company more: in a sum of exactly three,
 * any one of them subtracts its own part and reads the other two's sum, which the promise of
 * docs/privacy.md ("nor of two companies together") forbids. Counts of companies keep
 * MIN_COMPANIES: what one of three learns there is group disclosure (docs/privacy-sdc.md).
 */
export const MAGNITUDE_EXTRA_COMPANIES = 1;

/**
 * No quartile or median of fewer companies: with n = 3 the three quartiles give back all three
 * values (q1 = (v1+v2)/2, median = v2, q3 = (v2+v3)/2), n = 4 and 5 leak likewise.
 */
export const MIN_QUANTILE_COMPANIES = 10;

/** Quartiles and medians (percent, percentage points) are published in whole units. */
export const QUANTILE_DECIMALS = 0;

/**
 * Dominance rule (n, k) for magnitudes (yen, headcounts), as sdcTable's default: a total is
 * sensitive when its `n` largest contributions make up more than `k` of it.
 */
export const DOMINANCE = { n: 2, k: 0.85 } as const;

/**
 * The audit's protection interval: an attacker must not pin a protected figure tighter than
 * ± this many percentage points of its group for a count of companies (a ratio) …
 */
export const PROTECTION_RATIO_POINTS = 10;
/** … nor tighter than ± this share of its value for a magnitude. */
export const PROTECTION_MAGNITUDE_SHARE = 0.2;
