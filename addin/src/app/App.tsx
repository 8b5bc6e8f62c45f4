import {
  Badge,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Button,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { WorkbookHost } from "../../workbook-host";
import { I18nProvider, useI18n } from "../i18n/i18n-context";
import { deriveSafely } from "../evaluation/derive-safely";
import { useIssueActions } from "../features/check/use-issue-actions";
import { useRosterActions } from "../features/roster/use-roster-actions";
import { useResultSheetActions } from "../features/results/use-result-sheet-actions";
import { usePaneSettings } from "../settings/use-pane-settings";
import { ErrorBoundary } from "./ErrorBoundary";
import { usePaneWork, type PaneState } from "./pane-work";
import { EMPTY_SESSION, type Session } from "./session";
import { StepPanel, type PaneModel } from "./StepPanel";
import { STEPS, STEP_LABEL, stepOf } from "./steps";

const useStyles = makeStyles({
  pane: {
    boxSizing: "border-box",
    maxWidth: "960px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    minHeight: "100vh",
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, flexGrow: 1 },
  tabs: { flexWrap: "wrap", marginBottom: tokens.spacingVerticalM },
  messages: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginBottom: tokens.spacingVerticalS,
  },
});

function Pane({
  host,
  lang,
  setLang,
  pane,
  dismissMessages,
  deriveFailed,
}: {
  host: WorkbookHost;
  lang: string;
  setLang(): void;
  pane: PaneModel;
  dismissMessages(): void;
  deriveFailed: boolean;
}) {
  const { t, pick } = useI18n();
  const styles = useStyles();
  const { settings, update, session } = pane;
  const step = stepOf(settings.tab);
  return (
    <main className={styles.pane}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t("app.title")}</h1>
        <Badge appearance="outline" color="informative">
          {host.kind === "excel" ? t("app.modeExcel") : t("app.modeFile")}
        </Badge>
        <Button
          size="small"
          appearance="subtle"
          onClick={setLang}
          lang={lang === "ja" ? "en" : "ja"}
        >
          {t("app.switchLang")}
        </Button>
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={step}
        onTabSelect={(_e, data) => update({ tab: String(data.value) })}
        aria-label={t("app.steps")}
      >
        {STEPS.map((id, i) => (
          <Tab key={id} value={id} id={`tab-${id}`}>
            {`${i + 1}. ${t(STEP_LABEL[id])}`}
          </Tab>
        ))}
      </TabList>
      <div className={styles.messages} aria-live="polite">
        {session.busy && (
          <div>
            <ProgressBar
              value={session.busy.progress ?? undefined}
              thickness="large"
              aria-label={session.busy.label}
            />
            <span>{session.busy.label}</span>
          </div>
        )}
        {deriveFailed && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t("error.derive")}</MessageBarBody>
          </MessageBar>
        )}
        {session.error && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{pick(session.error)}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={dismissMessages}>
                {t("app.dismiss")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {session.question && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{pick(session.question.text)}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => session.question?.answer(true)}>
                {t("excel.replace")}
              </Button>
              <Button
                size="small"
                appearance="primary"
                onClick={() => session.question?.answer(false)}
              >
                {t("excel.keep")}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {session.notice && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{pick(session.notice)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <div role="tabpanel" aria-labelledby={`tab-${step}`} id={`panel-${step}`}>
        <ErrorBoundary
          key={step}
          title={t("error.title")}
          body={t("error.body")}
          retry={t("error.retry")}
          details={t("error.details")}
        >
          <StepPanel step={step} pane={pane} />
        </ErrorBoundary>
      </div>
    </main>
  );
}

/** The task pane: the same UI over Excel or over files; the host decides where rosters live. */
export function App({ host }: { host: WorkbookHost }) {
  const [settings, update] = usePaneSettings();
  const [session, setSession] = useState<Session>(EMPTY_SESSION);
  const { fiscalYear, round, applicationDate, actions, targets, wageGap, planFiled } = settings;
  const { derived, failed } = useMemo(
    () =>
      deriveSafely(
        { fiscalYear, round, applicationDate, actions, targets, wageGap, planFiled },
        session,
      ),
    // Only what the rules read: typing a token, a URL or a visit date must not re-evaluate
    // a 20k-row roster on every keystroke.
    [fiscalYear, round, applicationDate, actions, targets, wageGap, planFiled, session],
  );
  return (
    <FluentProvider theme={webLightTheme} lang={settings.lang}>
      <I18nProvider lang={settings.lang}>
        <Wired
          host={host}
          settings={settings}
          update={update}
          session={session}
          setSession={setSession}
          derived={derived}
          deriveFailed={failed}
        />
      </I18nProvider>
    </FluentProvider>
  );
}

type WiredProps = PaneState & {
  /** The rosters could not be evaluated (see deriveSafely). */
  deriveFailed: boolean;
};

function Wired(p: WiredProps) {
  const work = usePaneWork(p);
  const roster = useRosterActions(work);
  const issues = useIssueActions(work);
  const sheets = useResultSheetActions(work);
  const { host, settings, update, session, derived } = p;
  const restored = useRef(false);
  useEffect(() => {
    // File mode: the rosters chosen before a reload come back from this browser, once (the
    // actions are rebuilt when the language changes; restoring twice would add the files twice).
    if (host.kind === "file") {
      if (!restored.current) void roster.restore();
      restored.current = true;
    } else void roster.refreshSheets();
  }, [roster, host.kind]);
  useEffect(() => {
    // Screen readers and fonts follow the page's language, not only the text.
    document.documentElement.lang = settings.lang;
  }, [settings.lang]);
  const pane: PaneModel = {
    host,
    settings,
    update,
    session,
    derived,
    actions: { roster, issues, sheets },
  };
  return (
    <Pane
      host={host}
      lang={settings.lang}
      setLang={() => update({ lang: settings.lang === "ja" ? "en" : "ja" })}
      pane={pane}
      dismissMessages={work.dismissMessages}
      deriveFailed={p.deriveFailed}
    />
  );
}
