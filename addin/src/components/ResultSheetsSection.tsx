import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { useI18n } from "../i18n/i18n-context";
import type { WorkbookHost } from "../../workbook-host";
import type { PaneSettings } from "../settings/pane-settings";
import type { UpdateSettings } from "../settings/use-pane-settings";
import { Section } from "./Section";

const useStyles = makeStyles({
  hint: {
    margin: `0 0 0 ${tokens.spacingHorizontalXXL}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
  },
});

export interface ResultSheetsProps {
  hostKind: WorkbookHost["kind"];
  settings: Pick<PaneSettings, "includeNames">;
  update: UpdateSettings;
  busy: boolean;
  /** Roster rows are left out: the sheets are drafts, and the button says so. */
  draft: boolean;
  writeResultSheets(): Promise<void>;
}

type Props = ResultSheetsProps & {
  /** The report step's main action; a secondary one on the results step. */
  primary?: boolean;
};

/**
 * Writing (Excel) or downloading (file mode) the result sheets, with the one choice that
 * changes their content: whether the 男女別一覧 carry names. Shared by the results and report
 * steps so the option sits next to every button that uses it.
 */
export function ResultSheetsSection({
  hostKind,
  settings,
  update,
  busy,
  draft,
  writeResultSheets,
  primary,
}: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const hintId = useId();
  return (
    <Section title={t("results.sheetsTitle")}>
      <p>{hostKind === "excel" ? t("results.sheetsExcel") : t("results.sheetsFile")}</p>
      <div>
        <Checkbox
          checked={settings.includeNames}
          label={t("results.includeNames")}
          aria-describedby={hintId}
          data-testid="include-names"
          onChange={(_e, d) => update({ includeNames: d.checked === true })}
        />
        <p id={hintId} className={styles.hint}>
          {t("results.includeNamesHint")}
        </p>
      </div>
      {draft && <p data-testid="draft-sheets-hint">{t("draft.sheetsHint")}</p>}
      <div>
        <Button
          appearance={primary && !draft ? "primary" : "secondary"}
          onClick={() => void writeResultSheets()}
          disabled={busy}
        >
          {hostKind === "excel"
            ? t(draft ? "draft.writeSheets" : "results.writeSheets")
            : t(draft ? "draft.downloadSheets" : "results.downloadSheets")}
        </Button>
      </div>
    </Section>
  );
}
