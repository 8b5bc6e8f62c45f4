import { readFileSync } from "node:fs";
import type { CivilDate } from "../dates/civil-date";
import { isWithin } from "../dates/civil-date";
import { knownFiscalYears, roundsOf } from "../schedule/find-round";
import { addSchedule } from "../schedule/schedule-book";
import { parseScheduleFile, scheduleProblemText } from "../schedule/schedule-file";
import { intOption } from "./args";
import { UsageError } from "./usage-error";

/** The options every date-aware command takes: schedule files and the fiscal year. */
export const SCHEDULE_OPTIONS = {
  schedule: { type: "string", multiple: true },
  "fiscal-year": { type: "string" },
} as const;

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `日程ファイル「${path}」を読めません: ${detail}`,
      `Cannot read the schedule file "${path}": ${detail}`,
    );
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `日程ファイル「${path}」は JSON として読めません: ${detail}`,
      `The schedule file "${path}" is not valid JSON: ${detail}`,
    );
  }
}

/**
 * `--schedule FILE` (repeatable): adds each fiscal year's schedule to the ones bundled with the
 * tool, after checking it with the same schema the pane and the dashboard use. A bad file stops
 * the command with every problem and the field it is in.
 */
export function loadScheduleFiles(paths: readonly string[] | undefined): void {
  for (const path of paths ?? []) {
    const parsed = parseScheduleFile(readJson(path));
    const problems = parsed.ok ? addSchedule(parsed.schedule) : parsed.problems;
    if (problems.length > 0) {
      throw new UsageError(
        [
          `日程ファイル「${path}」に問題があります:`,
          ...problems.map((p) => `  ${scheduleProblemText(p, "ja")}`),
        ].join("\n"),
        [
          `The schedule file "${path}" has problems:`,
          ...problems.map((p) => `  ${scheduleProblemText(p, "en")}`),
        ].join("\n"),
      );
    }
  }
}

/** 4月–翌3月: the Japanese fiscal year a date falls in. */
export function fiscalYearOfDate(date: CivilDate): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

/**
 * `--fiscal-year Y`, or by default the year the command's dates fall in: the schedule with
 * round `round` whose application-to-report span holds `hint`, else the fiscal year of `hint`
 * when it is known, else the newest known year.
 */
export function fiscalYearOption(
  value: string | undefined,
  hint?: CivilDate,
  round?: number,
): number {
  const given = intOption("fiscal-year", value, 1900, 9999);
  if (given !== undefined) return given;
  const years = knownFiscalYears();
  if (hint !== undefined) {
    const holding = years.find((fy) =>
      roundsOf(fy).some(
        (r) =>
          (round === undefined || r.round === round) &&
          isWithin(hint, r.application.start, r.reportUntil),
      ),
    );
    if (holding !== undefined) return holding;
    const ofDate = fiscalYearOfDate(hint);
    if (years.includes(ofDate)) return ofDate;
  }
  return years[years.length - 1]!;
}
