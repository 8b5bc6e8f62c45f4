import type { PaneError } from "./session";

/** A failure as both languages: the domain's RosterFileError (and the host's errors) carry them. */
export function errorText(error: unknown, fallback: PaneError): PaneError {
  if (typeof error === "object" && error !== null) {
    const e = error as { messageJa?: unknown; messageEn?: unknown; message?: unknown };
    if (typeof e.messageJa === "string" && typeof e.messageEn === "string")
      return { ja: e.messageJa, en: e.messageEn };
    if (typeof e.message === "string" && e.message !== "")
      return { ja: `${fallback.ja}（${e.message}）`, en: `${fallback.en} (${e.message})` };
  }
  return fallback;
}
