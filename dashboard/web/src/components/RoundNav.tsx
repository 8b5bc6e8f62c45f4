import { todayInTokyo } from "../../../../shared/dates/today-in-tokyo";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n-context";
import { roundLabel } from "../lib/format";
import { roundForDate } from "../../../../shared/schedule/find-round";
import { roundNumbersOf } from "../app/fiscal-years";
import { hrefFor } from "../lib/router";
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
  open: {
    marginLeft: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
});

/**
 * The year's rounds (第1回 … as its schedule lists them) as links, not tabs: each round is its
 * own page with its own address (and Fluent's TabList adds focus-trap elements that axe
 * reports as aria-hidden-focus). The round whose application window is open today says so.
 */
export function RoundNav({ fiscalYear, current }: { fiscalYear: number; current: number }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const open = roundForDate(todayInTokyo());
  const openRound = open?.fiscalYear === fiscalYear ? open.round : null;
  return (
    <nav aria-label={t("roundTabs")}>
      <ul className={styles.list}>
        {roundNumbersOf(fiscalYear).map((n) => (
          <li key={n}>
            <NavLink
              href={hrefFor({ name: "round", round: n }, fiscalYear)}
              current={n === current}
              className={`${styles.link} ${n === current ? styles.current : ""}`}
            >
              {roundLabel(n, lang)}
              {n === openRound && <span className={styles.open}>{t("roundOpenNow")}</span>}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
