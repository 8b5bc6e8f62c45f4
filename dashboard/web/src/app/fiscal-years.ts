import { knownFiscalYears } from "../../../../shared/schedule/find-round";

/** The fiscal years that have a schedule table; the newest is the default. */
export const FISCAL_YEARS: readonly number[] = knownFiscalYears();

export function chosenFiscalYear(fromAddress: number | null): number {
  if (fromAddress !== null && FISCAL_YEARS.includes(fromAddress)) return fromAddress;
  return FISCAL_YEARS[FISCAL_YEARS.length - 1] ?? new Date().getFullYear();
}
