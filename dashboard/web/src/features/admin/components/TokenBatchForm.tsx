import { Button, Field, Textarea } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import { roundLabel } from "../../../lib/format";
import { issueTokenBatch } from "../api/admin";
import { ActionOutcomeMessage } from "./ActionOutcomeMessage";
import { useFormStyles } from "./form-styles";
import { useAdminAction } from "./use-admin-action";

/** Saves text as a file the browser downloads (the tokens exist only in this answer). */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** One token per company reference, for mail merge: the CSV is downloaded once, here. */
export function TokenBatchForm({
  fiscalYear,
  round,
  onIssued,
}: {
  fiscalYear: number;
  round: number;
  onIssued: () => void;
}) {
  const { t, lang } = useI18n();
  const styles = useFormStyles();
  const [labels, setLabels] = useState("");
  const { busy, outcome, run } = useAdminAction(onIssued);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const list = labels
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l.length > 0);
    void run(async () => {
      const csv = await issueTokenBatch(fiscalYear, round, list);
      download(csv, `tokens-${fiscalYear}-round${round}.csv`);
      setLabels("");
      return t("batchIssued", { n: list.length });
    });
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={t("batchTitle")}>
      <Field className={styles.field} label={`${t("batchLabels")} — ${roundLabel(round, lang)}`}>
        <Textarea value={labels} rows={4} onChange={(_, d) => setLabels(d.value)} />
      </Field>
      <Button type="submit" disabled={busy || labels.trim() === ""}>
        {t("batchIssue")}
      </Button>
      <ActionOutcomeMessage outcome={outcome} />
    </form>
  );
}
