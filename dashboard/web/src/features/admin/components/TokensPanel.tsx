import {
  Button,
  Dropdown,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Option,
  TableCell,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import { LoadState } from "../../../components/LoadState";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import { ApiRequestError } from "../../../lib/api-client";
import type { IssuedToken } from "../../../lib/api-types";
import { fiscalYearLabel, formatDateTime, roundLabel } from "../../../lib/format";
import { roundNumbersOf } from "../../../app/fiscal-years";
import { useAsync } from "../../../lib/use-async";
import { issueToken, listTokens, revokeToken } from "../api/admin";
import { AdminTable } from "./AdminTable";
import { IssuedTokenDialog } from "./IssuedTokenDialog";
import { useFormStyles } from "./form-styles";

/** Submission tokens: list, issue for the chosen fiscal year (shown once), revoke. */
export function TokensPanel({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const styles = useFormStyles();
  const [state, reload] = useAsync(listTokens, "tokens");
  const [round, setRound] = useState(1);
  const [label, setLabel] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedToken | null>(null);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      reload();
    } catch (e) {
      setError(e instanceof ApiRequestError ? e.messageIn(lang) : String(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setIssued(await issueToken(fiscalYear, round, label));
      setLabel("");
    });
  };

  return (
    <Section title={t("tokensTitle")} note={t("tokensIntro")}>
      <LoadState state={state} onRetry={reload}>
        {({ tokens }) =>
          tokens.length === 0 ? (
            <p>{t("noTokens")}</p>
          ) : (
            <AdminTable
              caption={t("tokensCaption")}
              columns={[
                t("tokenId"),
                t("fiscalYear"),
                t("round"),
                t("label"),
                t("createdAt"),
                t("status"),
              ]}
            >
              {tokens.map((token) => (
                <TableRow key={token.id}>
                  <TableHeaderCell scope="row">{token.id}</TableHeaderCell>
                  <TableCell>{fiscalYearLabel(token.fiscalYear, lang)}</TableCell>
                  <TableCell>{roundLabel(token.round, lang)}</TableCell>
                  <TableCell>{token.label || "-"}</TableCell>
                  <TableCell>{formatDateTime(token.createdAt, lang)}</TableCell>
                  <TableCell>
                    {token.revokedAt ? (
                      t("revokedAt", { at: formatDateTime(token.revokedAt, lang) })
                    ) : (
                      <>
                        {t("active")}{" "}
                        <Button
                          size="small"
                          disabled={busy}
                          aria-label={t("revokeLabel", { id: token.id })}
                          onClick={() => void run(() => revokeToken(token.id))}
                        >
                          {t("revoke")}
                        </Button>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </AdminTable>
          )
        }
      </LoadState>
      <form className={styles.form} onSubmit={submit} aria-label={t("issueToken")}>
        <Field className={styles.field} label={t("fiscalYear")}>
          <Input value={fiscalYearLabel(fiscalYear, lang)} readOnly />
        </Field>
        <Field className={styles.field} label={t("round")}>
          <Dropdown
            value={roundLabel(round, lang)}
            selectedOptions={[String(round)]}
            onOptionSelect={(_, d) => setRound(Number(d.optionValue ?? 1))}
          >
            {roundNumbersOf(fiscalYear).map((n) => (
              <Option key={n} value={String(n)}>
                {roundLabel(n, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field className={styles.field} label={t("label")}>
          <Input value={label} maxLength={100} onChange={(_, d) => setLabel(d.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={busy}>
          {t("issueToken")}
        </Button>
      </form>
      {error && (
        <MessageBar intent="error" className={styles.message} role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <IssuedTokenDialog token={issued} onClose={() => setIssued(null)} />
    </Section>
  );
}
