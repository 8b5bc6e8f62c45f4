import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { MessageKey } from "./ja";
import { pick, translate, type Bilingual, type Lang, type Vars } from "./translate";

export interface I18n {
  lang: Lang;
  t(key: MessageKey, vars?: Vars): string;
  pick(text: Bilingual): string;
}

const I18nContext = createContext<I18n>({
  lang: "ja",
  t: (key, vars) => translate("ja", key, vars),
  pick: (text) => text.ja,
});

/** Gives every component below the current language's dictionary. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: (key, vars) => translate(lang, key, vars),
      pick: (text) => pick(lang, text),
    }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
