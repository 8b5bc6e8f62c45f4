import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { NeedsRoster } from "../../../components/NeedsRoster";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import type { WorkbookHost } from "../../../../workbook-host";
import type { LoadedRoster, RosterRole, Session } from "../../../app/session";
import type { Derived } from "../../../evaluation/derive";
import type { RosterActions } from "../../roster/use-roster-actions";
import type { IssueActions } from "../use-issue-actions";
import type { RosterIssue } from "../../../../../shared/roster/issue";
import { IssueList } from "./IssueList";

interface Props {
  hostKind: WorkbookHost["kind"];
  session: Pick<Session, "application" | "report" | "busy" | "selectedIssue">;
  derived: Pick<Derived, "applicationIssues" | "reportIssues">;
  actions: Pick<RosterActions, "check"> & IssueActions;
}

/** Step 2: the check's errors and warnings, roster by roster. */
export function CheckStep({ hostKind, session, derived, actions }: Props) {
  const { t } = useI18n();
  if (session.application === undefined)
    return (
      <div>
        <h2>{t("step.check")}</h2>
        <NeedsRoster text={t("check.needsRoster")} />
      </div>
    );

  const block = (role: RosterRole, roster: LoadedRoster | undefined, issues: RosterIssue[]) => {
    if (roster === undefined) return null;
    const errors = issues.filter((i) => i.severity === "error").length;
    const title = role === "application" ? t("roster.applicationSheet") : t("roster.reportSheet");
    return (
      <Section title={`${title}: ${roster.sheet.name}`}>
        <p>
          {t("check.summary", {
            rows: roster.read.rowCount,
            errors,
            warnings: issues.length - errors,
          })}
        </p>
        {roster.read.rejectedRows.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {t("check.rejected", {
                count: roster.read.rejectedRows.length,
                rows: roster.read.rejectedRows.slice(0, 30).join(", "),
              })}
            </MessageBarBody>
          </MessageBar>
        )}
        {issues.length === 0 ? (
          <MessageBar intent="success">
            <MessageBarBody>{t("check.clean")}</MessageBarBody>
          </MessageBar>
        ) : (
          <IssueList
            role={role}
            issues={issues}
            selected={session.selectedIssue}
            onSelect={(issue) => void actions.selectIssue(role, issue)}
          />
        )}
      </Section>
    );
  };

  return (
    <div>
      <h2>{t("step.check")}</h2>
      <p>{hostKind === "excel" ? t("check.introExcel") : t("check.introFile")}</p>
      <Button onClick={() => void actions.check()} disabled={session.busy !== null}>
        {t("check.again")}
      </Button>
      {block("application", session.application, derived.applicationIssues)}
      {block("report", session.report, derived.reportIssues)}
    </div>
  );
}
