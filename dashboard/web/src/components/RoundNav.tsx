import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n-context";
import { roundLabel } from "../lib/format";
import { hrefFor, ROUND_NUMBERS } from "../lib/router";
import { NavLink } from "./NavLink";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    listStyle: "none",
    padding: 0,
    margin: `0 0 ${tokens.spacingVerticalM}`,
  },
  link: {
    display: "inline-block",
    padding: "6px 14px",
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  current: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForegroundOnBrand },
  },
});

/**
 * 第1回–第6回 as links, not tabs: each round is its own page with its own address (and
 * Fluent's TabList adds focus-trap elements that axe reports as aria-hidden-focus).
 */
export function RoundNav({ fiscalYear, current }: { fiscalYear: number; current: number }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  return (
    <nav aria-label={t("roundTabs")}>
      <ul className={styles.list}>
        {ROUND_NUMBERS.map((n) => (
          <li key={n}>
            <NavLink
              href={hrefFor({ name: "round", round: n }, fiscalYear)}
              current={n === current}
              className={`${styles.link} ${n === current ? styles.current : ""}`}
            >
              {roundLabel(n, lang)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
