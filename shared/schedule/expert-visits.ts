import type { CivilDate } from "../dates/civil-date";
import { addDays, firstOfMonthAfter, weekday } from "../dates/civil-date";
import { HOLIDAY_DATA_YEARS, japaneseHoliday } from "../dates/japanese-holiday";
import type { Reason } from "../rules/action-result";
import { isInImplementationPeriod } from "./in-period";
import type { Round } from "./round";
import { visitBlackoutOf } from "./schedule-book";

/** The verdict on a plan of the two 専門家派遣 visits (p.10). */
export interface VisitPlanCheck {
  /** False when any rule of the guideline is broken; advice alone never makes it false. */
  ok: boolean;
  problems: Reason[];
  /** Guidance the guideline words as "promptly" (速やかに): shown, not enforced. */
  advice: Reason[];
}

/**
 * Why a day cannot host an expert visit; empty when it can. p.3: visits take place on
 * weekdays, excluding 土日祝日 and the schedule's blackout (FY2025: 12月29日～1月3日). Every
 * applicable reason is listed (New Year's Day is both a holiday and in the break) so the user
 * sees the whole picture.
 */
export function visitDayProblems(date: CivilDate): Reason[] {
  const problems: Reason[] = [];
  const dow = weekday(date);
  if (dow === 6) problems.push({ ja: "土曜日です", en: "it is a Saturday" });
  if (dow === 0) problems.push({ ja: "日曜日です", en: "it is a Sunday" });
  const holiday = japaneseHoliday(date);
  if (holiday) {
    problems.push({
      ja: `祝日（${holiday.ja}）です`,
      en: `it is a public holiday (${holiday.en})`,
    });
  }
  const blackout = visitBlackoutOf(date);
  if (blackout) problems.push(blackout);
  return problems;
}

/**
 * For a day past the holiday data (@holiday-jp/holiday_jp knows 1970–2050), "no holiday" means
 * "not known", so a check must say so rather than call the day an ordinary weekday.
 */
export function holidaysUnknown(date: CivilDate): Reason | undefined {
  const year = Number(date.slice(0, 4));
  if (year >= HOLIDAY_DATA_YEARS.first && year <= HOLIDAY_DATA_YEARS.last) return undefined;
  return {
    ja: `${date}: ${year}年の祝日は分からないため、祝日かどうかを確認できません。平日であることを暦で確かめてください`,
    en: `${date}: public holidays of ${year} are not known, so whether it is a holiday cannot be checked; confirm on a calendar`,
  };
}

/** True when an expert visit can take place on `date`. */
export function isVisitDay(date: CivilDate): boolean {
  return visitDayProblems(date).length === 0;
}

/**
 * The first day the second visit may take place. p.10 (2): "1回目の専門家派遣日の属する月から
 * 3か月以上経過後" counts from the MONTH of the first visit, not its day; interpretation: three
 * whole months after that month have started, i.e. the 1st of the month three months later
 * (2025-08-20 → 2025-11-01; 2025-11-10 → 2026-02-01).
 */
export function earliestSecondVisit(first: CivilDate): CivilDate {
  return firstOfMonthAfter(first, 3);
}

function visitLabel(n: 1 | 2, date: CivilDate): Reason {
  return { ja: `${n}回目の専門家派遣（${date}）`, en: `Expert visit ${n} (${date})` };
}

function dayProblems(n: 1 | 2, date: CivilDate): Reason[] {
  const label = visitLabel(n, date);
  return visitDayProblems(date).map((p) => ({
    ja: `${label.ja}: ${p.ja}。専門家派遣は土日祝日と日程で除かれた期間（年末年始など）を除く平日に実施されます`,
    en: `${label.en}: ${p.en}. Visits take place on weekdays other than public holidays and the schedule's blackout days (such as the year-end break)`,
  }));
}

function periodProblem(n: 1 | 2, round: Round, date: CivilDate): Reason[] {
  if (isInImplementationPeriod(round, date)) return [];
  const { start, end } = round.implementation;
  const label = visitLabel(n, date);
  return [
    {
      ja: `${label.ja}: 実施期間（${start}～${end}）の外です。2回とも実施期間内に実施する必要があります`,
      en: `${label.en}: outside the implementation period (${start} – ${end}); both visits must take place inside it`,
    },
  ];
}

/**
 * Checks a plan of the two mandatory visits (p.10): both inside the implementation period,
 * each on a valid visit day, the second on or after {@link earliestSecondVisit}. The guideline
 * says "原則として" for the three-month gap; we treat it as a rule (an exception is the
 * foundation's call, not something a planner should assume) and say so in the message.
 * A missing second visit is a problem: two visits are mandatory (p.10 (1)), and a plan without
 * the second is not complete.
 */
export function checkVisitPlan(round: Round, first: CivilDate, second?: CivilDate): VisitPlanCheck {
  const problems: Reason[] = [];
  const advice: Reason[] = [];
  const { start, end } = round.implementation;
  const earliest = earliestSecondVisit(first);

  problems.push(...periodProblem(1, round, first), ...dayProblems(1, first));
  const unknown1 = holidaysUnknown(first);
  if (unknown1) advice.push(unknown1);

  // "速やかに" has no number of days; the first calendar month of the period (periods start
  // on the 1st) is our reading of "promptly", hence advice rather than a problem.
  if (isInImplementationPeriod(round, first) && first >= firstOfMonthAfter(start, 1)) {
    advice.push({
      ja: `1回目の専門家派遣（${first}）は実施期間の開始（${start}）後、速やかに実施してください（目安: 開始月中）`,
      en: `Expert visit 1 (${first}) should take place promptly after the period starts on ${start} (our guide: within its first month)`,
    });
  }

  if (earliest > end) {
    problems.push({
      ja: `1回目が${first}の場合、2回目は${earliest}以降となり、実施期間の最終日（${end}）までに2回目を実施できません`,
      en: `With visit 1 on ${first}, visit 2 cannot be before ${earliest}, which is after the period ends on ${end}`,
    });
  }

  if (second === undefined) {
    problems.push({
      ja: `2回目の専門家派遣日が未定です（${earliest}以降、${end}までの平日に実施が必要です）`,
      en: `Expert visit 2 is not planned (it must be a weekday from ${earliest} to ${end})`,
    });
  } else {
    problems.push(...periodProblem(2, round, second), ...dayProblems(2, second));
    const unknown2 = holidaysUnknown(second);
    if (unknown2) advice.push(unknown2);
    if (second < earliest) {
      const label = visitLabel(2, second);
      problems.push({
        ja: `${label.ja}: 1回目の属する月から3か月以上経過後（${earliest}以降）に実施する必要があります（原則）`,
        en: `${label.en}: must be at least three months after the month of visit 1, i.e. on or after ${earliest} (the guideline's rule "in principle")`,
      });
    }
  }

  return { ok: problems.length === 0, problems, advice };
}

/**
 * The next `count` days, starting with `from` itself, on which a visit can take place, for a
 * planner UI. Stops early at `until` (inclusive) when given, e.g. the period's last day.
 */
export function nextVisitDays(from: CivilDate, count: number, until?: CivilDate): CivilDate[] {
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a non-negative integer: ${count}`);
  }
  const days: CivilDate[] = [];
  // A valid weekday always follows within two weeks, so this loop ends even without `until`.
  for (let d = from; days.length < count; d = addDays(d, 1)) {
    if (until !== undefined && d > until) break;
    if (isVisitDay(d)) days.push(d);
  }
  return days;
}
