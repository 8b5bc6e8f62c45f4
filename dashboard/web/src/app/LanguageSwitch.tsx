import { Button } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n-context";

/** Names the other language in that language (lang attribute for screen readers). */
export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const other = lang === "ja" ? "en" : "ja";
  return (
    <Button appearance="subtle" lang={other} onClick={() => setLang(other)}>
      {t("otherLanguage")}
    </Button>
  );
}
