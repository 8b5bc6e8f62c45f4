import type { CivilDate } from "../dates/civil-date";
import { isWithin } from "../dates/civil-date";
import type { Reason } from "../rules/action-result";
import fy2025 from "./schedules/fy2025.json";
import { parseScheduleFile, type FiscalYearSchedule, type ScheduleProblem } from "./schedule-file";

/**
 * The fiscal years' schedules this process knows: the ones bundled with the tool (FY2025) and
 * those loaded at run time — a `--schedule` file in the CLI, a file the pane imported or got
 * from the dashboard, a schedule the dashboard's admin uploaded. One book per process, because
 * every face (pane, CLI, server) reads the same rules and each loads its schedules at start
 * before it evaluates anything; the rules only ever read it.
 */
const BUNDLED: readonly unknown[] = [fy2025];

function bundledSchedules(): Map<number, FiscalYearSchedule> {
  const book = new Map<number, FiscalYearSchedule>();
  for (const file of BUNDLED) {
    const parsed = parseScheduleFile(file);
    // A bundled file that does not parse is a build error; the tests parse every one.
    if (!parsed.ok) throw new Error(`bundled schedule: ${JSON.stringify(parsed.problems)}`);
    book.set(parsed.schedule.fiscalYear, parsed.schedule);
  }
  return book;
}

// Parsed on first use, not at import: a page that configures zod (the task pane runs it
// jitless under its CSP) must be able to do so before any schema parses.
let loaded: Map<number, FiscalYearSchedule> | undefined;
function theBook(): Map<number, FiscalYearSchedule> {
  loaded ??= bundledSchedules();
  return loaded;
}

/** Every known schedule, oldest fiscal year first. */
export function knownSchedules(): FiscalYearSchedule[] {
  return [...theBook().values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
}

/** One fiscal year's schedule, or `undefined` when it is not known. */
export function scheduleOf(fiscalYear: number): FiscalYearSchedule | undefined {
  return theBook().get(fiscalYear);
}

/**
 * Problems that adding `schedule` would cause with the other years: an application window of
 * one year must not overlap another year's (a date belongs to at most one round).
 */
export function conflictsWithOtherYears(schedule: FiscalYearSchedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  for (const other of knownSchedules()) {
    if (other.fiscalYear === schedule.fiscalYear) continue;
    schedule.rounds.forEach((r, i) => {
      const clash = other.rounds.find(
        (o) => r.application.start <= o.application.end && o.application.start <= r.application.end,
      );
      if (clash) {
        problems.push({
          path: `rounds[${i}].applicationStart`,
          ja: `${r.fiscalYear}年度第${r.round}回の申請期間が${other.fiscalYear}年度第${clash.round}回と重なっています`,
          en: `the application window of fiscal ${r.fiscalYear} round ${r.round} overlaps fiscal ${other.fiscalYear} round ${clash.round}`,
        });
      }
    });
  }
  return problems;
}

/**
 * Adds or replaces a fiscal year's schedule (a newer 募集要項 replaces the older one of the same
 * year). Refuses, with the problems, one whose windows overlap another year's.
 */
export function addSchedule(schedule: FiscalYearSchedule): ScheduleProblem[] {
  const problems = conflictsWithOtherYears(schedule);
  if (problems.length === 0) theBook().set(schedule.fiscalYear, schedule);
  return problems;
}

/** Back to the bundled schedules only (tests; a pane that forgets an imported file). */
export function resetSchedules(): void {
  loaded = bundledSchedules();
}

/** The 年末年始 and other blackout ranges of the schedule whose year contains `date`. */
export function visitBlackoutOf(date: CivilDate): Reason | undefined {
  for (const schedule of theBook().values()) {
    const hit = schedule.visitBlackouts.find((b) => isWithin(date, b.start, b.end));
    if (hit) {
      return {
        ja: `専門家派遣を行わない期間（${hit.start}～${hit.end}、${schedule.fiscalYear}年度の日程）です`,
        en: `it is in a period without expert visits (${hit.start} – ${hit.end}, fiscal ${schedule.fiscalYear} schedule)`,
      };
    }
  }
  return undefined;
}
