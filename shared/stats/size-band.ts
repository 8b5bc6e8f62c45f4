import type { SizeBand } from "./record-schema";

/**
 * The size band of a company by its 常時雇用する労働者 count; undefined above 300, where the
 * company is not eligible and no record is made. Bands, not the count, so that a single
 * record cannot single out a company by its exact headcount.
 */
export function sizeBandOf(regularlyEmployed: number): SizeBand | undefined {
  if (regularlyEmployed < 30) return "1-29";
  if (regularlyEmployed < 100) return "30-99";
  if (regularlyEmployed <= 300) return "100-300";
  return undefined;
}
