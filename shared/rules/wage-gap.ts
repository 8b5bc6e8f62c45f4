import type { Gender, Worker } from "../roster/worker";
import type { Reason } from "./action-result";
import { isCounted } from "./counted-workers";
import { roundHalfUpDiv } from "./round-half-up";
import {
  hoursInHundredths,
  mostCommonRegularHundredths,
  STATUTORY_WEEKLY_HOURS,
} from "./wage-gap-hours";
import type { FullTimeSource, WageExclusion, WageGapNote } from "./wage-gap-notes";
import {
  dispatchedNote,
  officersNote,
  exclusionsNote,
  hoursConversionNote,
  invalidFullTimeNote,
  METHOD_NOTE,
  missingHoursNote,
  noWageNote,
  PUBLICATION_DUTY_NOTE,
} from "./wage-gap-notes";

export type { WageExclusion, WageGapNote } from "./wage-gap-notes";

export interface WageGapOptions {
  /** Count short-time non-regular workers by their hours (must be published as a note). */
  hoursConversion?: boolean;
  /** Full-time weekly hours for the conversion; default: most common among regular workers, else 40. */
  fullTimeHours?: number;
  /** Allowances the user left out of 年間賃金, stated with the figures. */
  exclusions?: readonly WageExclusion[];
}

/** One sex within a group. */
export interface SexFigures {
  /** People, or person-equivalents with the hours conversion (may be fractional). */
  headcount: number;
  /** Whole yen. */
  totalWage: number;
  /** totalWage ÷ headcount, for display (unrounded); null without anyone. */
  meanWage: number | null;
}

/** 男女の賃金の差異 of one group: 正規, 非正規 or 全労働者. */
export interface GroupGap {
  /** Women's mean as a percentage of men's, one decimal, half up; null when there is no figure. */
  percent: number | null;
  women: SexFigures;
  men: SexFigures;
  /** Why `percent` is null. */
  reason?: Reason;
}

export interface WageGapResult {
  regular: GroupGap;
  nonRegular: GroupGap;
  all: GroupGap;
  /** To show with the figures; those with `mustPublish` must be published with them. */
  notes: WageGapNote[];
  /** Full-time weekly hours used by the conversion, or null when it was not used. */
  fullTimeHours: number | null;
  /** Counted (non-dispatched) workers left out because they have no valid 年間賃金. */
  excludedNoWage: number;
}

/**
 * Headcounts are kept as integer "units" over a common denominator: one person is `unit`
 * units (1 without conversion, the full-time hours in hundredths with it), a converted worker
 * is their hours in hundredths. Every ratio below is then exact BigInt arithmetic.
 */
interface Tally {
  units: bigint;
  total: bigint;
}
type GroupTally = Record<Gender, Tally>;

const emptyGroup = (): GroupTally => ({
  woman: { units: 0n, total: 0n },
  man: { units: 0n, total: 0n },
});

/** Sums not yet added to a tally, as safe integers. */
interface Pending {
  units: number;
  total: number;
}

function emptyPending(): Record<"woman" | "man", Pending> {
  return { woman: { units: 0, total: 0 }, man: { units: 0, total: 0 } };
}

function flush(t: Tally, f: Pending): void {
  t.units += BigInt(f.units);
  t.total += BigInt(f.total);
  f.units = 0;
  f.total = 0;
}

/**
 * 年間賃金 in whole yen as a safe integer, or `undefined` when it cannot be used: missing,
 * negative, or not a number that whole yen can be (NaN, ±∞, beyond 2^53). Wages are whole yen
 * by the roster's contract; rounding only absorbs a stray fraction.
 */
function usableWageNumber(wage: number | undefined): number | undefined {
  if (wage === undefined || !(wage >= 0)) return undefined;
  const yen = Math.round(wage);
  return Number.isSafeInteger(yen) ? yen : undefined;
}

function figures(t: Tally, unit: bigint): SexFigures {
  return {
    headcount: Number(t.units) / Number(unit),
    totalWage: Number(t.total),
    meanWage: t.units === 0n ? null : Number(t.total * unit) / Number(t.units),
  };
}

function noFigureReason(t: GroupTally): Reason | undefined {
  if (t.woman.units === 0n && t.man.units === 0n)
    return {
      ja: "対象となる労働者がいないため算出できません",
      en: "No workers in this group, so there is no figure",
    };
  if (t.woman.units === 0n)
    return {
      ja: "女性がいないため算出できません",
      en: "No women in this group, so there is no figure",
    };
  if (t.man.units === 0n)
    return {
      ja: "男性がいないため算出できません",
      en: "No men in this group, so there is no figure",
    };
  if (t.man.total === 0n)
    return {
      ja: "男性の賃金総額が0円のため算出できません",
      en: "Men's total wages are zero, so there is no figure",
    };
  return undefined;
}

function groupGap(t: GroupTally, unit: bigint): GroupGap {
  const women = figures(t.woman, unit);
  const men = figures(t.man, unit);
  const reason = noFigureReason(t);
  if (reason) return { percent: null, women, men, reason };
  // (Tw/Uw) ÷ (Tm/Um) × 100, in tenths of a percent: the common unit cancels out.
  const tenths = roundHalfUpDiv(t.woman.total * t.man.units * 1000n, t.woman.units * t.man.total);
  return { percent: Number(tenths) / 10, women, men };
}

function fullTimeFor(
  workers: readonly Worker[],
  given: number | undefined,
  notes: WageGapNote[],
): { hundredths: bigint; source: FullTimeSource } {
  const fromRoster = mostCommonRegularHundredths(workers);
  const fallback = fromRoster
    ? { hundredths: fromRoster, source: "regularMode" as const }
    : { hundredths: BigInt(STATUTORY_WEEKLY_HOURS * 100), source: "statutory" as const };
  if (given === undefined) return fallback;
  const h = hoursInHundredths(given);
  if (h !== undefined) return { hundredths: h, source: "given" };
  notes.push(invalidFullTimeNote(given, Number(fallback.hundredths) / 100));
  return fallback;
}

/**
 * 男女の賃金の差異 by MHLW's method (p.23 (8); 雇均発0708第2号): for 正規, 非正規 and 全労働者,
 * women's mean annual wage as a percentage of men's, mean = total ÷ headcount, 全労働者 from
 * the combined totals and headcounts. Dispatched workers and workers without a wage are left
 * out and counted in the notes. Hours conversion applies to non-regular workers only, as
 * MHLW's option is for part-time (non-regular) staff.
 */
export function wageGap(workers: readonly Worker[], options: WageGapOptions = {}): WageGapResult {
  const tally = newWageTally(workers, options);
  for (const w of workers) tallyWage(tally, w);
  return wageGapOf(tally, options);
}

/** wageGap's counts, gathered one worker at a time (a roster summary's single pass). */
export interface WageTally {
  /** The notes on the full-time hours, which come before the others. */
  fullTimeNotes: WageGapNote[];
  fullTime: { hundredths: bigint; source: FullTimeSource } | null;
  unit: bigint;
  tallies: { regular: GroupTally; nonRegular: GroupTally };
  pending: {
    regular: ReturnType<typeof emptyPending>;
    nonRegular: ReturnType<typeof emptyPending>;
  };
  dispatched: number;
  officers: number;
  excludedNoWage: number;
  converted: number;
  missingHours: number;
}

/** An empty tally; with hours conversion the full-time hours are read from `workers` first. */
export function newWageTally(workers: readonly Worker[], options: WageGapOptions = {}): WageTally {
  // The notes on who is left out come first; they are counted in the one pass.
  const fullTimeNotes: WageGapNote[] = [];
  const fullTime = options.hoursConversion
    ? fullTimeFor(workers, options.fullTimeHours, fullTimeNotes)
    : null;
  return {
    fullTimeNotes,
    fullTime,
    unit: fullTime?.hundredths ?? 1n,
    tallies: { regular: emptyGroup(), nonRegular: emptyGroup() },
    pending: { regular: emptyPending(), nonRegular: emptyPending() },
    dispatched: 0,
    officers: 0,
    excludedNoWage: 0,
    converted: 0,
    missingHours: 0,
  };
}

/** Adds one worker (in roster order) to the tally. */
export function tallyWage(t: WageTally, w: Worker): void {
  if (w.employmentType === "dispatched") {
    t.dispatched++;
    return;
  }
  if (!isCounted(w)) {
    t.officers++;
    return;
  }
  const wage = usableWageNumber(w.annualWage);
  if (wage === undefined) {
    t.excludedNoWage++;
    return;
  }
  const { fullTime } = t;
  let units = t.unit;
  if (fullTime && w.employmentType === "nonRegular") {
    const hours = hoursInHundredths(w.weeklyHours);
    if (hours === undefined) t.missingHours++;
    else if (hours < fullTime.hundredths) {
      units = hours;
      t.converted++;
    }
  }
  // Exact sums without a BigInt addition per worker: plain numbers while they stay safe
  // integers, moved into the BigInt tally before they could lose a yen.
  // Named loads, not t.pending[type][sex]: keyed loads with changing keys are megamorphic.
  const regular = w.employmentType === "regular";
  const woman = w.gender === "woman";
  const pending = regular ? t.pending.regular : t.pending.nonRegular;
  const f = woman ? pending.woman : pending.man;
  const u = units === 1n ? 1 : Number(units);
  if (f.total + wage > Number.MAX_SAFE_INTEGER || f.units + u > Number.MAX_SAFE_INTEGER) {
    const tally = regular ? t.tallies.regular : t.tallies.nonRegular;
    flush(woman ? tally.woman : tally.man, f);
  }
  f.units += u;
  f.total += wage;
}

/** The figures and notes from a tally of every worker. */
export function wageGapOf(t: WageTally, options: WageGapOptions = {}): WageGapResult {
  const { tallies, pending, fullTime, unit, dispatched, officers, excludedNoWage } = t;
  const { converted, missingHours, fullTimeNotes } = t;
  for (const type of ["regular", "nonRegular"] as const)
    for (const sex of ["woman", "man"] as const) flush(tallies[type][sex], pending[type][sex]);

  const all = emptyGroup();
  for (const g of [tallies.regular, tallies.nonRegular]) {
    for (const sex of ["woman", "man"] as const) {
      all[sex].units += g[sex].units;
      all[sex].total += g[sex].total;
    }
  }

  const notes: WageGapNote[] = [METHOD_NOTE];
  if (dispatched > 0) notes.push(dispatchedNote(dispatched));
  if (officers > 0) notes.push(officersNote(officers));
  notes.push(...fullTimeNotes);
  if (excludedNoWage > 0) notes.push(noWageNote(excludedNoWage));
  if (fullTime) {
    notes.push(hoursConversionNote(Number(unit) / 100, fullTime.source, converted));
    if (missingHours > 0) notes.push(missingHoursNote(missingHours));
  }
  const exclusions = [...new Set(options.exclusions ?? [])];
  if (exclusions.length > 0) notes.push(exclusionsNote(exclusions));
  notes.push(PUBLICATION_DUTY_NOTE);

  return {
    regular: groupGap(tallies.regular, unit),
    nonRegular: groupGap(tallies.nonRegular, unit),
    all: groupGap(all, unit),
    notes,
    fullTimeHours: fullTime ? Number(unit) / 100 : null,
    excludedNoWage,
  };
}
