import { useSyncExternalStore } from "react";
import { scheduleListResponse, type ScheduleListResponse } from "../../../../shared/api/schedules";
import { addSchedule } from "../../../../shared/schedule/schedule-book";
import { parseScheduleFile } from "../../../../shared/schedule/schedule-file";

/**
 * The pages read rounds from the shared schedule book; the server's uploaded years join the
 * bundled FY2025 here, at start and after admin uploads a year. `version` changes with every
 * registration so that the year selector and round links re-render.
 */
let version = 0;
const listeners = new Set<() => void>();

export function registerSchedules(list: ScheduleListResponse): void {
  for (const file of list.schedules) {
    const { origin: _origin, ...body } = file;
    const parsed = parseScheduleFile(body);
    if (parsed.ok) addSchedule(parsed.schedule);
  }
  version += 1;
  for (const listener of listeners) listener();
}

/** GET /api/schedules (public). Without an answer the pages keep the bundled years. */
export async function loadServerSchedules(): Promise<void> {
  try {
    const response = await fetch("/api/schedules", { credentials: "same-origin" });
    if (!response.ok) return;
    const parsed = scheduleListResponse.safeParse(await response.json());
    if (parsed.success) registerSchedules(parsed.data);
  } catch {
    // Offline or an old server: the bundled schedules still work.
  }
}

/** Re-renders the caller when schedules are registered. */
export function useSchedulesVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}
