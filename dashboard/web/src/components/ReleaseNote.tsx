import { makeStyles, tokens } from "@fluentui/react-components";
import { tokyoDate } from "../../../../shared/api/releases";
import { useI18n } from "../i18n/i18n-context";
import type { ReleaseMeta } from "../lib/api-types";
import { roundLabel } from "../lib/format";

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground2, margin: `0 0 ${tokens.spacingVerticalM}` },
});

/** 「公表番号 N（日付 公表・範囲）」: every page names the release its figures come from. */
export function ReleaseNote({ release }: { release: ReleaseMeta }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  return (
    <p className={styles.note} data-release-id={release.id}>
      {t("releaseNote", {
        id: release.id,
        date: tokyoDate(release.createdAt),
        scope: release.round === null ? t("releaseScopeYear") : roundLabel(release.round, lang),
      })}
    </p>
  );
}
