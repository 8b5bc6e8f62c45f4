import { addSchedule, knownSchedules } from "../../../shared/schedule/schedule-book";
import {
  parseScheduleFile,
  toScheduleFile,
  type ScheduleFile,
} from "../../../shared/schedule/schedule-file";
import type { Storage } from "../storage/storage";

export interface ScheduleLoadProblem {
  fiscalYear: number;
  problems: string[];
}

/**
 * Puts the schedules admin uploaded into this process's schedule book, so that every rule the
 * server runs (round checks of records and tokens, summaries, suggested release dates) follows
 * them. A stored file that no longer parses (a schema made stricter later) is skipped and
 * reported, never fatal: the server still starts with the others.
 */
export async function loadStoredSchedules(storage: Storage): Promise<ScheduleLoadProblem[]> {
  const skipped: ScheduleLoadProblem[] = [];
  for (const stored of await storage.listSchedules()) {
    const parsed = parseScheduleFile(stored.body);
    const problems = parsed.ok ? addSchedule(parsed.schedule) : parsed.problems;
    if (problems.length > 0) {
      skipped.push({
        fiscalYear: stored.fiscalYear,
        problems: problems.map((p) => `${p.path}: ${p.en}`),
      });
    }
  }
  return skipped;
}

/** Every schedule this process knows, in file form, with where it came from. */
export async function listKnownSchedules(
  storage: Storage,
): Promise<(ScheduleFile & { origin: "bundled" | "uploaded" })[]> {
  const uploaded = new Set((await storage.listSchedules()).map((s) => s.fiscalYear));
  return knownSchedules().map((s) => ({
    ...toScheduleFile(s),
    origin: uploaded.has(s.fiscalYear) ? "uploaded" : "bundled",
  }));
}
