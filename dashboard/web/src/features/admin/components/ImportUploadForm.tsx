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
import type { ImportReport } from "../../../../../../shared/api/imports";
import type { RowProblem } from "../../../../../../shared/api/errors";
import { useI18n } from "../../../i18n/i18n-context";
import { ApiRequestError } from "../../../lib/api-client";
import { importFile } from "../api/import-file";
import { AdminTable } from "./AdminTable";
import { useFormStyles } from "./form-styles";

type Outcome =
  | { kind: "stored"; report: ImportReport }
  | { kind: "refused"; message: string; rows: RowProblem[] }
  | null;

/** Upload a CSV or JSON file of records and see each row's result (admin; an audited batch). */
export function ImportUploadForm({ onImported }: { onImported: () => void }) {
  const { t, lang } = useI18n();
  const styles = useFormStyles();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const status = (s: ImportReport["results"][number]["status"]) =>
    t(
      s === "stored"
        ? "importRowStored"
        : s === "alreadyStored"
          ? "importRowSame"
          : "importRowDuplicate",
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    void importFile(file)
      .then((report) => {
        setOutcome({ kind: "stored", report });
        onImported();
      })
      .catch((error: unknown) => {
        const message =
          error instanceof ApiRequestError
            ? error.messageIn(lang)
            : t("importNotJson", { name: file.name });
        const rows = error instanceof ApiRequestError ? (error.body?.error.rows ?? []) : [];
        setOutcome({ kind: "refused", message, rows });
      })
      .finally(() => setBusy(false));
  };

  return (
    <>
      <form className={styles.form} onSubmit={submit} aria-label={t("importUpload")}>
        <Field className={styles.field} label={{ children: t("importFile"), htmlFor: inputId }}>
          <input
            id={inputId}
            ref={fileInput}
            type="file"
            accept=".csv,.json,text/csv,application/json"
          />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t("importUpload")}
        </Button>
      </form>
      {outcome?.kind === "stored" && (
        <>
          <MessageBar intent="success" className={styles.message}>
            <MessageBarBody>
              {t("importDone", {
                rows: outcome.report.rows,
                stored: outcome.report.stored,
                same: outcome.report.alreadyStored,
                duplicates: outcome.report.duplicatesInFile,
              })}
            </MessageBarBody>
          </MessageBar>
          <AdminTable
            caption={t("importRowsCaption")}
            columns={[t("importRow"), "submissionId", t("status")]}
          >
            {outcome.report.results.map((r) => (
              <TableRow key={`${r.row}-${r.submissionId}`}>
                <TableHeaderCell scope="row">{r.row}</TableHeaderCell>
                <TableCell>{r.submissionId}</TableCell>
                <TableCell>{status(r.status)}</TableCell>
              </TableRow>
            ))}
          </AdminTable>
        </>
      )}
      {outcome?.kind === "refused" && (
        <MessageBar intent="error" className={styles.message} role="alert">
          <MessageBarBody>
            {outcome.message}
            <ul>
              {outcome.rows.flatMap((row) =>
                row.fields.map((f) => (
                  <li key={`${row.row}-${f.path}`}>
                    {t("importRowProblem", {
                      row: row.row,
                      path: f.path,
                      message: lang === "ja" ? f.messageJa : f.messageEn,
                    })}
                  </li>
                )),
              )}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
