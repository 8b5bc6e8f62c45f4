import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n-context";
import type { Bilingual } from "../i18n/translate";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalXL,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
  item: { marginBottom: tokens.spacingVerticalXXS },
});

/** The domain core's reasons, in the user's language: every verdict says why. */
export function ReasonList({ reasons, label }: { reasons: readonly Bilingual[]; label?: string }) {
  const { pick } = useI18n();
  const styles = useStyles();
  if (reasons.length === 0) return null;
  return (
    <ul className={styles.list} aria-label={label}>
      {reasons.map((r, i) => (
        <li key={i} className={styles.item}>
          {pick(r)}
        </li>
      ))}
    </ul>
  );
}
