import { useMemo, useRef, type Dispatch, type SetStateAction } from "react";
import type { WorkbookHost } from "../../workbook-host";
import type { Derived } from "../evaluation/derive";
import { useI18n, type I18n } from "../i18n/i18n-context";
import type { MessageKey } from "../i18n/ja";
import { bilingual } from "../i18n/translate";
import type { PaneSettings } from "../settings/pane-settings";
import type { UpdateSettings } from "../settings/use-pane-settings";
import { errorText } from "./error-text";
import type { Session } from "./session";

/** What the pane's actions read and change. */
export interface PaneState {
  host: WorkbookHost;
  settings: PaneSettings;
  update: UpdateSettings;
  session: Session;
  setSession: Dispatch<SetStateAction<Session>>;
  derived: Derived;
}

/** The plumbing every feature's actions share: the latest state, progress, errors, the sheet list. */
export interface PaneWork {
  /** The state at call time: actions outlive the render that created them. */
  latest(): PaneState;
  t: I18n["t"];
  patch(p: Partial<Session>): void;
  busy(label: string, progress?: number | null): void;
  /** One user action: clears the last messages, shows `fallback` (and the cause) on failure, ends the progress bar. */
  guarded(work: () => Promise<void>, fallback: MessageKey): Promise<void>;
  /** Re-lists the sheets (Excel) or files (browser) into the session. */
  listSheets(): Promise<string[]>;
  dismissMessages(): void;
}

export function usePaneWork(state: PaneState): PaneWork {
  const { t } = useI18n();
  const latest = useRef(state);
  latest.current = state;

  return useMemo<PaneWork>(() => {
    const patch = (p: Partial<Session>) => latest.current.setSession((s) => ({ ...s, ...p }));
    return {
      latest: () => latest.current,
      t,
      patch,
      busy: (label, progress = null) => patch({ busy: { label, progress } }),
      async guarded(work, fallback) {
        patch({ error: null, notice: null });
        try {
          await work();
        } catch (error) {
          patch({ error: errorText(error, bilingual(fallback)) });
        } finally {
          patch({ busy: null });
        }
      },
      async listSheets() {
        const sheets = await latest.current.host.listSheets();
        patch({ sheets });
        return sheets;
      },
      dismissMessages: () => patch({ error: null, notice: null }),
    };
  }, [t]);
}
