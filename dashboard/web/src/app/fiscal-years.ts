import { knownFiscalYears, roundsOf } from "../../../../shared/schedule/find-round";

/** The fiscal years that have a schedule (bundled or uploaded); the newest is the default. */
export function fiscalYears(): readonly number[] {
  return knownFiscalYears();
}

/** The round numbers of a fiscal year, as its schedule lists them. */
export function roundNumbersOf(fiscalYear: number): number[] {
  return roundsOf(fiscalYear).map((r) => r.round);
}

export function chosenFiscalYear(fromAddress: number | null): number {
  const years = fiscalYears();
  if (fromAddress !== null && years.includes(fromAddress)) return fromAddress;
  return years[years.length - 1] ?? new Date().getFullYear();
}
