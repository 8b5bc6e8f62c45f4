import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { NavLink } from "../components/NavLink";
import { useI18n } from "../i18n/i18n-context";
import type { MessageKey } from "../i18n/ja";
import { canSee } from "../lib/access";
import type { Me, Role } from "../lib/api-types";
import { fiscalYearLabel } from "../lib/format";
import { hrefFor, type Route } from "../lib/router";
import { navigate } from "../lib/use-location";
import { fiscalYears } from "./fiscal-years";
import { LanguageSwitch } from "./LanguageSwitch";

const useStyles = makeStyles({
  skip: {
    position: "absolute",
    left: "-999px",
    top: "8px",
    zIndex: 10,
    padding: "8px 12px",
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus": { left: "8px" },
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  yearPicker: { minWidth: "15rem" },
  brand: { display: "flex", flexDirection: "column" },
  brandName: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightBold },
  tools: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalM,
  },
  nav: {
    padding: `0 ${tokens.spacingHorizontalXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  navList: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXL,
    listStyle: "none",
    margin: 0,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  navLink: { fontSize: tokens.fontSizeBase400, padding: "6px 0" },
  current: { fontWeight: tokens.fontWeightBold, textDecoration: "underline" },
  main: {
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    maxWidth: "80rem",
  },
  body: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
});

const ROLE_KEYS: Record<Role, MessageKey> = {
  admin: "roleAdmin",
  foundation: "roleFoundation",
  policy: "rolePolicy",
};

const NAV: { route: Route; key: MessageKey }[] = [
  { route: { name: "overview" }, key: "navOverview" },
  { route: { name: "round", round: 1 }, key: "navRounds" },
  { route: { name: "breakdowns" }, key: "navBreakdowns" },
  { route: { name: "report" }, key: "navReport" },
  { route: { name: "admin" }, key: "navAdmin" },
];

/** Header (fiscal year, language, user), the menu the role may use, and the main landmark. */
export function AppShell({
  me,
  route,
  fiscalYear,
  onLogout,
  children,
}: {
  me: Me;
  route: Route;
  fiscalYear: number;
  onLogout: () => void;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  return (
    <div className={styles.body}>
      <a className={styles.skip} href="#main">
        {t("skipToMain")}
      </a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <span className={styles.brandName}>{t("appName")}</span>
          <Text size={200}>{t("appSubtitle")}</Text>
        </div>
        <div className={styles.tools}>
          <Field label={t("fiscalYear")}>
            <Dropdown
              className={styles.yearPicker}
              value={fiscalYearLabel(fiscalYear, lang)}
              selectedOptions={[String(fiscalYear)]}
              onOptionSelect={(_, d) => {
                if (d.optionValue) navigate(hrefFor(route, Number(d.optionValue)));
              }}
            >
              {fiscalYears().map((fy) => (
                <Option key={fy} value={String(fy)}>
                  {fiscalYearLabel(fy, lang)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <LanguageSwitch />
          <Text>{t("loggedInAs", { user: me.username, role: t(ROLE_KEYS[me.role]) })}</Text>
          <Button onClick={onLogout}>{t("logout")}</Button>
        </div>
      </header>
      <nav className={styles.nav} aria-label={t("navLabel")}>
        <ul className={styles.navList}>
          {NAV.filter((item) => canSee(me.role, item.route.name)).map((item) => {
            const current = item.route.name === route.name;
            return (
              <li key={item.key}>
                <NavLink
                  href={hrefFor(item.route, fiscalYear)}
                  current={current}
                  className={`${styles.navLink} ${current ? styles.current : ""}`}
                >
                  {t(item.key)}
                </NavLink>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" className={styles.main}>
        {children}
      </main>
    </div>
  );
}

export function roleLabelKey(role: Role): MessageKey {
  return ROLE_KEYS[role];
}
