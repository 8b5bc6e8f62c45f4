import { useCallback, useEffect, useState } from "react";
import {
  fetchDashboardSchedules,
  registerScheduleFiles,
} from "../features/application/api/pane-schedules";
import { loadSettings, saveSettings, type PaneSettings } from "./pane-settings";

function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Reading `localStorage` itself throws when storage is blocked.
    return undefined;
  }
}

export type UpdateSettings = (patch: Partial<PaneSettings>) => void;

/**
 * The persisted settings and a patch function; every change is saved at once. The schedule
 * files kept in the settings join the schedule book before the first evaluation, and the
 * dashboard's uploaded years are fetched once when a dashboard is configured.
 */
export function usePaneSettings(): [PaneSettings, UpdateSettings] {
  const [settings, setSettings] = useState<PaneSettings>(() => {
    const loaded = loadSettings(browserStorage());
    registerScheduleFiles(loaded.schedules);
    return loaded;
  });
  useEffect(() => {
    saveSettings(browserStorage(), settings);
  }, [settings]);
  const update = useCallback<UpdateSettings>((patch) => {
    if (patch.schedules) registerScheduleFiles(patch.schedules);
    setSettings((current) => ({ ...current, ...patch }));
  }, []);
  const dashboardUrl = settings.dashboardUrl;
  useEffect(() => {
    if (dashboardUrl.trim() === "") return;
    let current = true;
    void fetchDashboardSchedules(dashboardUrl).then((files) => {
      if (!current || files === undefined || files.length === 0) return;
      registerScheduleFiles(files);
      setSettings((s) => ({ ...s, schedules: mergeByYear(s.schedules, files) }));
    });
    return () => {
      current = false;
    };
  }, [dashboardUrl]);
  return [settings, update];
}

/** The dashboard's file of a year replaces the kept one of the same year. */
function mergeByYear(kept: readonly unknown[], fetched: readonly unknown[]): unknown[] {
  const yearOf = (f: unknown) => (f as { fiscalYear?: unknown } | null)?.fiscalYear;
  const years = new Set(fetched.map(yearOf));
  return [...kept.filter((f) => !years.has(yearOf(f))), ...fetched];
}
