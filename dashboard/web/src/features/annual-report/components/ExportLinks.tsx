import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import { exportUrl } from "../api/report-texts";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

/** Plain links: the browser downloads with the session cookie; no script handles the files. */
export function ExportLinks({ fiscalYear }: { fiscalYear: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <Section title={t("exportsTitle")} note={t("exportsNote")}>
      <div className={styles.row}>
        <Button as="a" appearance="primary" href={exportUrl(fiscalYear, "csv")} download>
          {t("exportCsv")}
        </Button>
        <Button as="a" href={exportUrl(fiscalYear, "xlsx")} download>
          {t("exportXlsx")}
        </Button>
        <Button
          as="a"
          href={exportUrl(fiscalYear, "html")}
          download={`progress-report-${fiscalYear}.html`}
        >
          {t("exportHtml")}
        </Button>
        <Button as="a" href={exportUrl(fiscalYear, "html")} target="_blank" rel="noopener">
          {t("openPrint")}
        </Button>
      </div>
    </Section>
  );
}
