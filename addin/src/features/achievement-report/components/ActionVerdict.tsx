import { Card, makeStyles, tokens } from "@fluentui/react-components";
import type { ActionResult } from "../../../../../shared/rules/action-result";
import { ReasonList } from "../../../components/ReasonList";
import { VerdictBadge } from "../../../components/VerdictBadge";
import { useI18n } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/ja";

const useStyles = makeStyles({
  card: { padding: tokens.spacingVerticalS },
  head: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
});

const NAME: Record<ActionResult["action"], MessageKey> = {
  A: "action.A",
  B: "action.B",
  C: "action.C",
  D: "action.D",
};
/** What the before/after numbers count, per action. */
const COUNTED: Record<ActionResult["action"], MessageKey> = {
  A: "report.countA",
  B: "report.countB",
  C: "report.countC",
  D: "report.countD",
};

/** One action's verdict at report time: achieved or not, the counts compared, the evidence person, why. */
export function ActionVerdict({ result }: { result: ActionResult }) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <Card
      className={styles.card}
      data-action-verdict={result.action}
      data-achieved={String(result.achieved)}
    >
      <div className={styles.head}>
        <h4 className={styles.title}>{`${result.action}. ${t(NAME[result.action])}`}</h4>
        <VerdictBadge
          ok={result.achieved}
          label={result.achieved ? t("report.achieved") : t("report.notAchieved")}
        />
      </div>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t(COUNTED[result.action])}</dt>
        <dd className={styles.value}>
          {t("report.beforeAfter", { before: result.before, after: result.after })}
        </dd>
        <dt className={styles.term}>{t("report.evidence")}</dt>
        <dd className={styles.value} data-evidence>
          {result.evidence === null
            ? t("report.noEvidence")
            : t("report.evidenceValue", { id: result.evidence, row: result.evidenceRow ?? "—" })}
        </dd>
      </dl>
      <ReasonList reasons={result.reasons} label={t("report.reasons")} />
    </Card>
  );
}
