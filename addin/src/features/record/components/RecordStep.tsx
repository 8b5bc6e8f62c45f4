import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { newSubmissionId } from "../../../../../shared/stats/submission-id";
import { NeedsRoster } from "../../../components/NeedsRoster";
import { Section } from "../../../components/Section";
import { TitledMessage } from "../../../components/TitledMessage";
import { downloadBytes } from "../../../../file-host/download";
import { useI18n } from "../../../i18n/i18n-context";
import type { Session } from "../../../app/session";
import type { Derived } from "../../../evaluation/derive";
import type { PaneSettings } from "../../../settings/pane-settings";
import type { UpdateSettings } from "../../../settings/use-pane-settings";
import { sendRecord, type SendOutcome } from "../api/send-record";
import { recordFor } from "../build-record";
import { INDUSTRIES } from "../../../../../shared/stats/industries";

const useStyles = makeStyles({
  json: {
    maxHeight: "320px",
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingVerticalS,
    fontSize: tokens.fontSizeBase200,
    margin: 0,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

interface Props {
  settings: Pick<PaneSettings, "submissionId" | "industry" | "dashboardUrl" | "token">;
  update: UpdateSettings;
  session: Pick<Session, "application" | "report">;
  derived: Pick<Derived, "evaluation" | "round" | "applicationSummary" | "incomplete">;
}

/** Step 7: the anonymized record, shown in full, then sent to the dashboard or saved as a file. */
export function RecordStep({ settings, update, session, derived }: Props) {
  const { t, pick } = useI18n();
  const styles = useStyles();
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);

  useEffect(() => {
    // One id per record, kept across reloads, so a resend is recognised by the server (200).
    if (settings.submissionId === "") update({ submissionId: newSubmissionId() });
  }, [settings.submissionId, update]);

  const state = recordFor(session, derived, settings.industry, settings.submissionId);
  const heading = <h2>{t("step.record")}</h2>;
  if (state.kind === "waiting")
    return (
      <div>
        {heading}
        <NeedsRoster text={t("record.needs")} />
      </div>
    );
  // A record built with rows left out would enter the statistics as if it were final.
  const draft = derived.incomplete !== null;
  const draftReason = draft && (
    <p id="record-draft-reason" data-testid="record-draft-reason">
      {t("draft.cannotSend")}
    </p>
  );
  if (state.kind === "refused")
    return (
      <div>
        {heading}
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{pick(state.message)}</MessageBarBody>
        </MessageBar>
        {draft && (
          <Section title={t("record.sendTitle")}>
            <div className={styles.row}>
              <Button appearance="primary" disabled aria-describedby="record-draft-reason">
                {t("record.send")}
              </Button>
            </div>
            {draftReason}
          </Section>
        )}
      </div>
    );
  const json = JSON.stringify(state.record, null, 2);
  const send = async () => {
    setSending(true);
    setOutcome(null);
    setOutcome(await sendRecord(settings.dashboardUrl, settings.token, state.record));
    setSending(false);
  };
  const save = () =>
    downloadBytes(
      json,
      t("record.fileName", { year: state.record.fiscalYear, round: state.record.round }),
      "application/json",
    );

  return (
    <div>
      {heading}
      <p>{t("record.intro")}</p>
      <Field label={t("record.industry")} hint={t("record.industryHint")}>
        <Select value={settings.industry} onChange={(_e, d) => update({ industry: d.value })}>
          <option value="">{t("record.industryNone")}</option>
          {INDUSTRIES.map((i) => (
            <option key={i.code} value={i.code}>
              {`${i.code} ${pick(i)}`}
            </option>
          ))}
        </Select>
      </Field>
      <Section title={t("record.contentTitle")}>
        <pre
          className={styles.json}
          tabIndex={0}
          aria-label={t("record.contentTitle")}
          data-testid="record-json"
        >
          {json}
        </pre>
      </Section>
      <Section title={t("record.sendTitle")}>
        <Field label={t("record.url")} hint={t("record.urlHint")}>
          <Input
            type="url"
            value={settings.dashboardUrl}
            onChange={(_e, d) => update({ dashboardUrl: d.value })}
          />
        </Field>
        <Field label={t("record.token")} hint={t("record.tokenHint")}>
          <Input
            type="password"
            value={settings.token}
            onChange={(_e, d) => update({ token: d.value })}
          />
        </Field>
        <div className={styles.row}>
          <Button
            appearance="primary"
            disabled={
              draft ||
              sending ||
              settings.dashboardUrl.trim() === "" ||
              settings.token.trim() === ""
            }
            aria-describedby={draft ? "record-draft-reason" : undefined}
            onClick={() => void send()}
          >
            {t("record.send")}
          </Button>
          <Button onClick={save}>{t("record.save")}</Button>
          <Button
            appearance="subtle"
            onClick={() => {
              update({ submissionId: newSubmissionId() });
              setOutcome(null);
            }}
          >
            {t("record.newId")}
          </Button>
          {sending && <Spinner size="tiny" label={t("record.sending")} />}
        </div>
        {draftReason}
        {outcome && (
          <TitledMessage
            intent={outcome.ok ? "success" : "error"}
            title={
              outcome.status === null
                ? t("record.noAnswer")
                : t("record.status", { status: outcome.status })
            }
            role="status"
          >
            {pick(outcome.message)}
            {outcome.fields.length > 0 && (
              <ul>
                {outcome.fields.map((f) => (
                  <li key={f.path}>{`${f.path}: ${pick(f.message)}`}</li>
                ))}
              </ul>
            )}
          </TitledMessage>
        )}
      </Section>
    </div>
  );
}
