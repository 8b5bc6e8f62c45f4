import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n-context";

const useStyles = makeStyles({
  note: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

/** The visible explanation of "X" (and "-"), shown wherever a table prints one. */
export function SuppressionNote({
  suppressed,
  missing,
}: {
  suppressed: boolean;
  missing: boolean;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  if (!suppressed && !missing) return null;
  return (
    <>
      {suppressed && (
        <p className={styles.note} data-testid="suppression-note">
          {t("suppressedNote")}
        </p>
      )}
      {missing && <p className={styles.note}>{t("missingNote")}</p>}
    </>
  );
}
