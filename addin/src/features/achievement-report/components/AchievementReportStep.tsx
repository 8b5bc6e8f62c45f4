import {
  Checkbox,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ACTION_IDS } from "../../../../../shared/rules/action-result";
import { NeedsRoster } from "../../../components/NeedsRoster";
import { ReasonList } from "../../../components/ReasonList";
import {
  ResultSheetsSection,
  type ResultSheetsProps,
} from "../../../components/ResultSheetsSection";
import { Section } from "../../../components/Section";
import { VerdictBadge } from "../../../components/VerdictBadge";
import { TitledMessage } from "../../../components/TitledMessage";
import { yenLabel } from "../../../i18n/format";
import { useI18n } from "../../../i18n/i18n-context";
import type { Session } from "../../../app/session";
import type { Derived } from "../../../evaluation/derive";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";
import { ActionVerdict } from "./ActionVerdict";
import { ResultReportTextSection } from "../../action-plan/components/ResultReportTextSection";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  grant: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
    display: "block",
  },
});

interface Props {
  settings: Pick<PaneSettings, "planFiled">;
  update: UpdateSettings;
  session: Pick<Session, "application" | "report">;
  derived: Pick<Derived, "application" | "refused" | "evaluation">;
  sheets: ResultSheetsProps;
}

/** Step 5: with both rosters, each action's verdict, evidence, training (取組3) and the projected grant. */
export function AchievementReportStep({ settings, update, session, derived, sheets }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const heading = <h2>{t("step.report")}</h2>;
  if (session.application === undefined || session.report === undefined)
    return (
      <div>
        {heading}
        <NeedsRoster text={t("report.needsBoth")} />
      </div>
    );
  if (derived.refused.length > 0 || derived.evaluation === undefined)
    return (
      <div>
        {heading}
        <TitledMessage intent="warning" title={t("application.refused")}>
          <ReasonList reasons={derived.refused} />
          {t("report.fixApplication")}
        </TitledMessage>
      </div>
    );
  const { evaluation } = derived;
  const { training, grant } = evaluation;
  const rejected =
    session.application.read.rejectedRows.length + session.report.read.rejectedRows.length;
  return (
    <div>
      {heading}
      <Section title={t("report.grantTitle")}>
        <TitledMessage
          intent={grant.yen > 0 ? "success" : "warning"}
          title={t("report.grantLabel")}
        >
          <output className={styles.grant} data-testid="grant">
            {yenLabel(grant.yen)}
          </output>
          <ReasonList reasons={grant.reasons} />
        </TitledMessage>
        {rejected > 0 && (
          <MessageBar intent="warning">
            <MessageBarBody>{t("report.rejectedRows", { count: rejected })}</MessageBarBody>
          </MessageBar>
        )}
        <Checkbox
          checked={settings.planFiled}
          label={t("report.planFiled")}
          onChange={(_e, d) => update({ planFiled: d.checked === true })}
        />
      </Section>
      <Section title={t("report.actionsTitle")}>
        <div className={styles.list}>
          {ACTION_IDS.filter((id) => evaluation.actions[id].selected).map((id) => (
            <ActionVerdict key={id} result={evaluation.actions[id]} />
          ))}
        </div>
      </Section>
      <Section title={t("report.trainingTitle")}>
        <div>
          <VerdictBadge
            ok={training.complete}
            label={training.complete ? t("report.trainingDone") : t("report.trainingMissing")}
          />{" "}
          {t("report.trainingCount", { trained: training.trained, total: training.total })}
        </div>
        <ReasonList reasons={training.reasons} />
        {training.missing.length > 0 && (
          <ul aria-label={t("report.trainingMissingList")}>
            {training.missing.slice(0, 100).map((m) => (
              <li key={`${m.employeeId}:${m.row}`}>
                {t(m.reason === "none" ? "report.missingNone" : "report.missingOutside", {
                  id: m.employeeId,
                  row: m.row,
                  date: m.trainingDate ?? "",
                })}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <ResultReportTextSection session={session} derived={derived} />
      <ResultSheetsSection {...sheets} primary />
    </div>
  );
}
