import { z } from "zod";
import { ACTION_IDS } from "../../../shared/rules/action-result";

/**
 * Everything the user chose or typed that must survive a reload of the pane (Excel reloads
 * task panes freely): stored in localStorage under a versioned key. Rosters are not stored —
 * they live in the workbook (Excel) or in the user's files.
 */
export const SETTINGS_KEY = "katsuyaku.pane.v1";
export const SETTINGS_VERSION = 1;

const ACTION = z.enum(ACTION_IDS);
const EXCLUSION = z.enum(["commuting", "retirement"]);

// Each field falls back on its own: one bad value never costs the user the rest.
const text = (fallback = "") => z.string().max(2000).catch(fallback);
const flag = (fallback = false) => z.boolean().catch(fallback);

export const settingsSchema = z.object({
  lang: z.enum(["ja", "en"]).catch("ja"),
  tab: text("roster"),
  fiscalYear: z.number().int().min(2000).max(2100).catch(2025),
  round: z.number().int().min(1).max(99).catch(1),
  actions: z
    .array(ACTION)
    .max(4)
    .transform((ids) => [...new Set(ids)])
    .catch([]),
  targets: z.object({ A: text(), B: text(), C: text() }).catch({ A: "", B: "", C: "" }),
  /** 基準日 of the ≤300 count; "" = the round's last application day. */
  applicationDate: text(),
  /** Declarations (p.1) the user ticked, by the guideline's number. */
  declarations: z.record(z.string(), z.boolean()).catch({}),
  /** 取組2: the action plan was filed and published with the wage gap (a declaration). */
  planFiled: flag(false),
  wageGap: z
    .object({
      hoursConversion: flag(false),
      /** As typed; "" = the roster's most common regular hours. */
      fullTimeHours: text(),
      exclusions: z
        .array(EXCLUSION)
        .transform((ids) => [...new Set(ids)])
        .catch([]),
    })
    .catch({ hoursConversion: false, fullTimeHours: "", exclusions: [] }),
  /** As-of date of the figures to publish (公表データ) and of tenure; "" = today in Tokyo. */
  publishAsOf: text(),
  /** Adds 氏名 to the result sheets' 男女別一覧 (off: the guideline wants no names there). */
  includeNames: flag(false),
  visits: z.object({ first: text(), second: text() }).catch({ first: "", second: "" }),
  dashboardUrl: text(),
  token: text(),
  /** Fiscal-year schedule files (their JSON) imported by the user or taken from the dashboard. */
  schedules: z.array(z.unknown()).max(20).catch([]),
  /** JSIC major division A–T, or "" for not stated. */
  industry: text(),
  /** Kept so that a retried submission carries the same id (the server then answers 200). */
  submissionId: text(),
  applicationSheet: text(),
  reportSheet: text(),
});

export type PaneSettings = z.infer<typeof settingsSchema>;

export function defaultSettings(): PaneSettings {
  return settingsSchema.parse({});
}

/**
 * Reads stored settings, whatever state storage is in: missing, not JSON, an older or newer
 * envelope, wrong types. Never throws; unusable parts become defaults.
 */
export function parseSettings(raw: string | null): PaneSettings {
  if (raw === null) return defaultSettings();
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return defaultSettings();
  }
  return settingsSchema.parse(migrate(stored));
}

/** The envelope is `{ version, settings }`; an unknown version keeps what still parses. */
function migrate(stored: unknown): unknown {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  const envelope = stored as { version?: unknown; settings?: unknown };
  const settings = envelope.settings;
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) return {};
  return settings;
}

export function serializeSettings(settings: PaneSettings): string {
  return JSON.stringify({ version: SETTINGS_VERSION, settings });
}

/** Storage may be absent or throw (private mode, a locked-down webview): then settings live in memory only. */
export function loadSettings(storage: Pick<Storage, "getItem"> | undefined): PaneSettings {
  try {
    return parseSettings(storage?.getItem(SETTINGS_KEY) ?? null);
  } catch {
    return defaultSettings();
  }
}

/** Saves; false when storage refused (full, disabled). */
export function saveSettings(
  storage: Pick<Storage, "setItem"> | undefined,
  settings: PaneSettings,
): boolean {
  if (storage === undefined) return false;
  try {
    storage.setItem(SETTINGS_KEY, serializeSettings(settings));
    return true;
  } catch {
    return false;
  }
}
