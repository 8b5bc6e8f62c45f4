import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useId, useRef, useState, type FormEvent } from "react";
import { LoadState } from "../../../components/LoadState";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import { ApiRequestError } from "../../../lib/api-client";
import { fiscalYearLabel } from "../../../lib/format";
import { registerSchedules } from "../../../lib/schedules";
import { useAsync } from "../../../lib/use-async";
import { listSchedules, saveSchedule } from "../api/schedules";
import { AdminTable } from "./AdminTable";
import { useFormStyles } from "./form-styles";

/** Every problem of a refused file, one line each with the field it is in. */
function problemLines(error: unknown, lang: "ja" | "en"): string[] {
  if (!(error instanceof ApiRequestError)) return [String(error)];
  const fields = error.body?.error.fields ?? [];
  if (fields.length === 0) return [error.messageIn(lang)];
  return fields.map((f) => (lang === "ja" ? f.messageJa : f.messageEn));
}

/** 年度の日程: the fiscal years' schedules; admin uploads a new year's file here. */
export function SchedulesPanel() {
  const { t, lang } = useI18n();
  const styles = useFormStyles();
  const [state, reload] = useAsync(listSchedules, "schedules");
  const fileInput = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setProblems([]);
    setSaved(null);
    void (async () => {
      try {
        let body: unknown;
        try {
          body = JSON.parse((await file.text()).replace(/^\uFEFF/, ""));
        } catch {
          setProblems([t("scheduleNotJson", { name: file.name })]);
          return;
        }
        const year = (body as { fiscalYear?: unknown } | null)?.fiscalYear;
        if (typeof year !== "number" || !Number.isInteger(year)) {
          setProblems([t("scheduleNoYear")]);
          return;
        }
        const list = await saveSchedule(year, body);
        registerSchedules(list);
        const rounds = list.schedules.find((s) => s.fiscalYear === year)?.rounds.length ?? 0;
        setSaved(t("scheduleSaved", { fy: fiscalYearLabel(year, lang), rounds }));
        if (fileInput.current) fileInput.current.value = "";
        reload();
      } catch (error) {
        setProblems(problemLines(error, lang));
      } finally {
        setBusy(false);
      }
    })();
  };

  return (
    <Section title={t("schedulesTitle")} note={t("schedulesIntro")}>
      <LoadState state={state} onRetry={reload}>
        {({ schedules }) => (
          <AdminTable
            caption={t("schedulesCaption")}
            columns={[
              t("fiscalYear"),
              t("scheduleSource"),
              t("scheduleRounds"),
              t("scheduleOrigin"),
            ]}
          >
            {schedules.map((s) => (
              <TableRow key={s.fiscalYear}>
                <TableHeaderCell scope="row">{fiscalYearLabel(s.fiscalYear, lang)}</TableHeaderCell>
                <TableCell>{s.source}</TableCell>
                <TableCell>{s.rounds.length}</TableCell>
                <TableCell>
                  {s.origin === "bundled" ? t("scheduleBundled") : t("scheduleUploaded")}
                </TableCell>
              </TableRow>
            ))}
          </AdminTable>
        )}
      </LoadState>
      <form className={styles.form} onSubmit={submit} aria-label={t("scheduleUpload")}>
        <Field className={styles.field} label={{ children: t("scheduleFile"), htmlFor: inputId }}>
          <input id={inputId} ref={fileInput} type="file" accept=".json,application/json" />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t("scheduleUpload")}
        </Button>
      </form>
      {saved && (
        <MessageBar intent="success" className={styles.message}>
          <MessageBarBody>{saved}</MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <MessageBar intent="error" className={styles.message} role="alert">
          <MessageBarBody>
            <ul>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
