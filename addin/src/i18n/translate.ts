import { en } from "./en";
import { ja, type MessageKey } from "./ja";

/** The pane's languages: Japanese first (the users are Tokyo HR staff), English on request. */
export type Lang = "ja" | "en";

export type Vars = Readonly<Record<string, string | number>>;

/** Text that comes from the domain core in both languages (Reason, issue messages). */
export interface Bilingual {
  ja: string;
  en: string;
}

/** The dictionary entry for `key` with `{name}` placeholders filled; unknown placeholders stay visible. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const template = lang === "en" ? en[key] : ja[key];
  if (vars === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );
}

/**
 * A catalog entry in both languages, for text the pane keeps and shows later in whichever
 * language is chosen then (errors, notices). `vars` may differ by language (a list's separator).
 */
export function bilingual(key: MessageKey, vars?: Vars | ((lang: Lang) => Vars)): Bilingual {
  const varsFor = (lang: Lang) => (typeof vars === "function" ? vars(lang) : vars);
  return { ja: translate("ja", key, varsFor("ja")), en: translate("en", key, varsFor("en")) };
}

/** Chooses the user's language from a bilingual text. */
export function pick(lang: Lang, text: Bilingual): string {
  return lang === "en" ? text.en : text.ja;
}
