import { dashboardApiUrl } from "../../../settings/dashboard-url";
import { addSchedule } from "../../../../../shared/schedule/schedule-book";
import {
  notJsonProblem,
  parseScheduleFile,
  type ScheduleProblem,
} from "../../../../../shared/schedule/schedule-file";

/**
 * The pane's schedules besides the bundled FY2025: files the user imported and the dashboard's
 * years, kept in the pane's settings as the files' JSON and put into the shared schedule book
 * before anything is evaluated.
 */
export function registerScheduleFiles(files: readonly unknown[]): void {
  for (const file of files) {
    const parsed = parseScheduleFile(file);
    // A stored file that no longer parses (edited storage, an older tool) is skipped, not fatal.
    if (parsed.ok) addSchedule(parsed.schedule);
  }
}

export type ScheduleImport =
  { ok: true; fiscalYear: number; files: unknown[] } | { ok: false; problems: ScheduleProblem[] };

/**
 * A file the user chose: checked with the same schema as the CLI and the dashboard, then added
 * to the kept files (a newer file of the same year replaces the older one).
 */
export function importScheduleText(text: string, kept: readonly unknown[]): ScheduleImport {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problems: [notJsonProblem()] };
  }
  const parsed = parseScheduleFile(json);
  if (!parsed.ok) return parsed;
  const problems = addSchedule(parsed.schedule);
  if (problems.length > 0) return { ok: false, problems };
  const year = parsed.schedule.fiscalYear;
  const others = kept.filter((f) => (f as { fiscalYear?: unknown } | null)?.fiscalYear !== year);
  return { ok: true, fiscalYear: year, files: [...others, json] };
}

/** `https://host/base/` → `https://host/base/api/schedules`; null when it is not an http(s) URL. */
export function schedulesUrl(base: string): string | null {
  return dashboardApiUrl(base, "schedules");
}

/**
 * The dashboard's schedules (public, no token): the foundation's uploaded years reach every pane
 * that names the dashboard. Undefined when it cannot be reached; the pane then keeps what it has.
 */
export async function fetchDashboardSchedules(
  base: string,
  fetchImpl: typeof fetch = fetch,
): Promise<unknown[] | undefined> {
  const url = schedulesUrl(base);
  if (url === null) return undefined;
  try {
    const response = await fetchImpl(url, { credentials: "omit" });
    if (!response.ok) return undefined;
    // Checked loosely here and fully by parseScheduleFile when registered (no schema is built
    // at import: the pane configures zod first).
    const body = (await response.json()) as { schedules?: unknown };
    if (!Array.isArray(body.schedules)) return undefined;
    return body.schedules
      .filter((s): s is { origin: unknown } => typeof s === "object" && s !== null)
      .filter((s) => s.origin === "uploaded")
      .map(({ origin: _origin, ...file }) => file);
  } catch {
    return undefined;
  }
}
