import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useI18n } from "../i18n/i18n-context";

const useStyles = makeStyles({
  title: {
    margin: `0 0 ${tokens.spacingVerticalM}`,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    ":focus": { outline: "none" },
  },
});

/**
 * The page's h1. It also names the browser tab and takes the focus when the page changes, so
 * a screen reader announces the new page after a click in the menu (no reload happens).
 */
export function PageTitle({ children }: { children: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} | ${t("appName")}`;
  }, [children, t]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={styles.title}>
      {children}
    </h1>
  );
}
