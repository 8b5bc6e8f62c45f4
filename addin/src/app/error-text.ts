import { bilingual, type Bilingual } from "../i18n/translate";

/** A failure as both languages: the domain's RosterFileError (and the host's errors) carry them. */
export function errorText(error: unknown, fallback: Bilingual): Bilingual {
  if (typeof error === "object" && error !== null) {
    const e = error as { messageJa?: unknown; messageEn?: unknown; message?: unknown };
    if (typeof e.messageJa === "string" && typeof e.messageEn === "string")
      return { ja: e.messageJa, en: e.messageEn };
    if (typeof e.message === "string" && e.message !== "") {
      const detail = e.message;
      return bilingual("error.withDetail", (lang) => ({ message: fallback[lang], detail }));
    }
  }
  return fallback;
}
