import { useCallback, useEffect, useState } from "react";
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

/** The persisted settings and a patch function; every change is saved at once. */
export function usePaneSettings(): [PaneSettings, UpdateSettings] {
  const [settings, setSettings] = useState<PaneSettings>(() => loadSettings(browserStorage()));
  useEffect(() => {
    saveSettings(browserStorage(), settings);
  }, [settings]);
  const update = useCallback<UpdateSettings>(
    (patch) => setSettings((current) => ({ ...current, ...patch })),
    [],
  );
  return [settings, update];
}
