import { Button, makeStyles, tokens } from "@fluentui/react-components";
import {
  DEMO_APPLICATION,
  demoApplicationCells,
  demoReportCells,
} from "../../../../../shared/demo/demo-company";
import { useI18n } from "../../../i18n/i18n-context";
import type { WorkbookHost } from "../../../../workbook-host";
import type { Session } from "../../../app/session";
import type { Derived } from "../../../evaluation/derive";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";
import type { RosterActions } from "../use-roster-actions";
import { Section } from "../../../components/Section";
import { FileDrop } from "./FileDrop";
import { RosterCounts } from "./RosterCounts";
import { RosterOrder } from "./RosterOrder";
import { SheetPicker } from "./SheetPicker";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  intro: { margin: 0 },
});

interface Props {
  hostKind: WorkbookHost["kind"];
  settings: Pick<PaneSettings, "applicationSheet" | "reportSheet">;
  update: UpdateSettings;
  session: Pick<
    Session,
    "busy" | "sheets" | "application" | "report" | "orderQuestion" | "orderConfirmed"
  >;
  derived: Pick<Derived, "applicationIssues" | "reportIssues" | "order">;
  actions: RosterActions;
}

/** Step 1: which sheets (or files) hold the two rosters, a template, and the check. */
export function RosterStep({ hostKind, settings, update, session, derived, actions }: Props) {
  const { t } = useI18n();
  const styles = useStyles();
  const busy = session.busy !== null;

  const loadDemo = async () => {
    update({
      fiscalYear: DEMO_APPLICATION.fiscalYear,
      round: DEMO_APPLICATION.round,
      actions: [...DEMO_APPLICATION.actions],
      targets: { ...DEMO_APPLICATION.targets },
      // The demo company filed and published its action plan (取組2).
      planFiled: true,
      applicationDate: "",
    });
    await actions.loadDemo([
      { name: t("demo.applicationName"), cells: demoApplicationCells(), role: "application" },
      { name: t("demo.reportName"), cells: demoReportCells(), role: "report" },
    ]);
  };

  return (
    <div>
      <h2>{t("step.roster")}</h2>
      <p className={styles.intro}>
        {hostKind === "excel" ? t("roster.introExcel") : t("roster.introFile")}
      </p>
      {hostKind === "file" && (
        <Section title={t("roster.filesTitle")}>
          <FileDrop onFiles={(files) => void actions.addFiles(files)} disabled={busy} />
          <div className={styles.row}>
            <Button onClick={() => void loadDemo()} disabled={busy}>
              {t("roster.demo")}
            </Button>
            <Button
              appearance="subtle"
              onClick={() => void actions.createTemplate()}
              disabled={busy}
            >
              {t("roster.templateFile")}
            </Button>
            {session.sheets.length > 0 && (
              <Button appearance="subtle" onClick={() => void actions.forget()} disabled={busy}>
                {t("saved.forget")}
              </Button>
            )}
          </div>
          <p className={styles.intro}>{t("saved.hint")}</p>
        </Section>
      )}
      <Section title={t("roster.sheetsTitle")}>
        <SheetPicker
          label={t("roster.applicationSheet")}
          hint={t("roster.applicationHint")}
          value={settings.applicationSheet}
          sheets={session.sheets}
          optional={false}
          onChange={(applicationSheet) => update({ applicationSheet })}
        />
        <SheetPicker
          label={t("roster.reportSheet")}
          hint={t("roster.reportHint")}
          value={settings.reportSheet}
          sheets={session.sheets}
          optional
          onChange={(reportSheet) => update({ reportSheet })}
        />
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={busy || settings.applicationSheet === ""}
            onClick={() => void actions.check()}
          >
            {t("roster.check")}
          </Button>
          {hostKind === "excel" && (
            <>
              <Button onClick={() => void actions.refreshSheets()} disabled={busy}>
                {t("roster.refresh")}
              </Button>
              <Button onClick={() => void actions.createTemplate()} disabled={busy}>
                {t("roster.templateSheet")}
              </Button>
            </>
          )}
        </div>
      </Section>
      <RosterOrder session={session} order={derived.order} actions={actions} busy={busy} />
      {session.application && (
        <RosterCounts
          session={session}
          derived={derived}
          onShowIssues={() => update({ tab: "check" })}
          onShowResults={() => update({ tab: "results" })}
        />
      )}
    </div>
  );
}
