import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { TitledMessage } from "../../../components/TitledMessage";
import { useI18n } from "../../../i18n/i18n-context";
import type { Derived } from "../../../evaluation/derive";
import type { LoadedRoster, Session } from "../../../app/session";
import type { RosterIssue } from "../../../../../shared/roster/issue";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** After a check: how many rows and problems each roster has, and where to go next. */
export function RosterCounts({
  session,
  derived,
  onShowIssues,
  onShowResults,
}: {
  session: Pick<Session, "application" | "report">;
  derived: Pick<Derived, "applicationIssues" | "reportIssues">;
  onShowIssues(): void;
  onShowResults(): void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const line = (label: string, roster: LoadedRoster | undefined, issues: RosterIssue[]) => {
    if (roster === undefined) return null;
    const errors = issues.filter((i) => i.severity === "error").length;
    const warnings = issues.length - errors;
    return (
      <TitledMessage
        intent={errors > 0 ? "error" : warnings > 0 ? "warning" : "success"}
        title={label}
      >
        {t("roster.counts", {
          name: roster.sheet.name,
          rows: roster.read.rowCount,
          errors,
          warnings,
        })}
      </TitledMessage>
    );
  };
  return (
    <div className={styles.list} role="status">
      {line(t("roster.applicationSheet"), session.application, derived.applicationIssues)}
      {line(t("roster.reportSheet"), session.report, derived.reportIssues)}
      <div className={styles.row}>
        <Button onClick={onShowIssues}>{t("roster.showIssues")}</Button>
        <Button appearance="primary" onClick={onShowResults}>
          {t("roster.showResults")}
        </Button>
      </div>
    </div>
  );
}
