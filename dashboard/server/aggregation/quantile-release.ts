import {
  MIN_COMPANIES,
  MIN_QUANTILE_COMPANIES,
  PROTECTION_RATIO_POINTS,
  QUANTILE_DECIMALS,
} from "../disclosure/settings";

/** q1, median, q3 as published (whole percent); null values: a group without any value. */
export type Published = readonly [q1: number | null, median: number | null, q3: number | null];

/** What earlier releases of the fiscal year showed around a block (quantile-history.ts). */
export interface History {
  /**
   * Each block (the same group, one inside it or around it) an earlier release showed with its
   * own quartiles: how many companies with a value it differs from this block by, and whether
   * its quartiles equal this block's own.
   */
  comparisons: readonly { companies: number; sameValues: boolean }[];
  /** the latest quartiles an earlier release showed for this very block; null: none */
  kept: Published | null;
}

/** Whole percent, half up (the 1e-9 keeps 12.5 from becoming 12 through float error). */
export function roundQuantile(v: number | null): number | null {
  const scale = 10 ** QUANTILE_DECIMALS;
  return v === null ? null : Math.round(v * scale + 1e-9) / scale;
}

/**
 * Shown quartiles tell a reader n ≥ 10. Where n is hidden, that bound leaves the companies
 * without a value (companies − n, the figure n's suppression protects) at least their
 * protection interval only in a group of this many companies or more: companies − 10 ≥
 * 2 × PROTECTION_RATIO_POINTS % of the group (13 with the settings).
 */
export const MIN_GROUP_FOR_HIDDEN_N = Math.ceil(
  MIN_QUANTILE_COMPANIES / (1 - (2 * PROTECTION_RATIO_POINTS) / 100) - 1e-9,
);

/** Whether the quartiles of a block with a hidden n may depend on n (else: withheld). */
export function quartilesMayShow(groupCompanies: number, nHidden: boolean): boolean {
  return !nHidden || groupCompanies >= MIN_GROUP_FOR_HIDDEN_N;
}

export const sameQuartiles = (a: Published, b: Published) => a.every((v, i) => v === b[i]);

/**
 * The quartiles a release shows for one block, or null (withheld). The rule depends on the
 * block's own companies only, never on whether its n (companies with a value, a count of
 * companies protected like any other) was suppressed:
 *
 * 1. Fewer than MIN_QUANTILE_COMPANIES values: withheld (n = 3–5 give the values back). So is
 *    a block whose n is hidden in a group under MIN_GROUP_FOR_HIDDEN_N companies (public facts
 *    both), since there "shown" would pin the hidden n too closely.
 * 2. Otherwise shown in whole percent — unless a reader holding an earlier release of the year
 *    could put the two side by side and read off 1–2 companies: a block of the same group, or
 *    of a group inside or around it, showed its own quartiles then and differs from this one by
 *    1–2 companies with a value (or by none while the quartiles moved: a replaced record).
 *    Inserting one value into ten makes it the new median. Then the latest values this block
 *    showed before stay, so the reader sees nothing new; withheld if it never showed any.
 *
 * Shown says "n ≥ 10" (where quartilesMayShow), and nothing else about n; the audit adds that
 * to what the attacker knows about a hidden n, and "n < 10" where they are withheld and it is.
 */
export function releasedQuartiles(
  block: { n: number; nHidden: boolean; groupCompanies: number },
  own: Published,
  history: History,
): Published | null {
  if (block.n < MIN_QUANTILE_COMPANIES || !quartilesMayShow(block.groupCompanies, block.nHidden)) {
    return null;
  }
  const small = (d: number) => d > 0 && d < MIN_COMPANIES;
  const exposed = history.comparisons.some(
    (c) => small(c.companies) || (c.companies === 0 && !c.sameValues),
  );
  return exposed ? history.kept : own;
}
