import {
  Button,
  MessageBar,
  MessageBarBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { LoadState } from "../../../components/LoadState";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import { formatDateTime, roundLabel } from "../../../lib/format";
import { roundNumbersOf } from "../../../app/fiscal-years";
import { useAsync } from "../../../lib/use-async";
import { createRelease, listReleases } from "../api/admin";
import { AdminTable } from "./AdminTable";
import { ActionOutcomeMessage } from "./ActionOutcomeMessage";
import { useFormStyles } from "./form-styles";
import { useAdminAction } from "./use-admin-action";

/**
 * 公表: the year's releases, the schedule's suggestion (a round whose 実績報告 window closed),
 * and the buttons that create a release of the year or of a round.
 */
export function ReleasesPanel({ fiscalYear }: { fiscalYear: number }) {
  const { t, lang } = useI18n();
  const styles = useFormStyles();
  const [state, reload] = useAsync(() => listReleases(fiscalYear), `releases/${fiscalYear}`);
  const { busy, outcome, run } = useAdminAction(reload);
  const release = (round: number | null) =>
    void run(async () => {
      const created = await createRelease(fiscalYear, round);
      return t("releaseCreated", { id: created.id });
    });

  return (
    <Section title={t("releasesTitle")} note={t("releasesIntro")}>
      <LoadState state={state} onRetry={reload}>
        {({ releases, suggestions }) => (
          <>
            {suggestions.map((s) =>
              s.fewCompaniesApart !== null ? (
                <MessageBar key={s.round} intent="info" className={styles.message}>
                  <MessageBarBody>
                    {t("releaseFewCompanies", {
                      round: roundLabel(s.round, lang),
                      until: s.reportUntil,
                      count: String(Math.abs(s.fewCompaniesApart)),
                    })}
                  </MessageBarBody>
                </MessageBar>
              ) : (
                <MessageBar key={s.round} intent="warning" className={styles.message}>
                  <MessageBarBody>
                    {t("releaseSuggestion", {
                      round: roundLabel(s.round, lang),
                      until: s.reportUntil,
                    })}{" "}
                    <Button size="small" disabled={busy} onClick={() => release(s.round)}>
                      {t("releaseRound", { round: roundLabel(s.round, lang) })}
                    </Button>
                  </MessageBarBody>
                </MessageBar>
              ),
            )}
            {releases.length === 0 ? (
              <p>{t("noReleases")}</p>
            ) : (
              <AdminTable
                caption={t("releasesCaption")}
                columns={[t("releaseId"), t("releaseScope"), t("createdAt"), t("recordCount")]}
              >
                {[...releases].reverse().map((r) => (
                  <TableRow key={r.id}>
                    <TableHeaderCell scope="row">{r.id}</TableHeaderCell>
                    <TableCell>
                      {r.round === null ? t("releaseScopeYear") : roundLabel(r.round, lang)}
                    </TableCell>
                    <TableCell>{formatDateTime(r.createdAt, lang)}</TableCell>
                    <TableCell>{r.recordCount}</TableCell>
                  </TableRow>
                ))}
              </AdminTable>
            )}
          </>
        )}
      </LoadState>
      <div className={styles.form}>
        <Button appearance="primary" disabled={busy} onClick={() => release(null)}>
          {t("releaseYear")}
        </Button>
        {roundNumbersOf(fiscalYear).map((n) => (
          <Button key={n} disabled={busy} onClick={() => release(n)}>
            {t("releaseRound", { round: roundLabel(n, lang) })}
          </Button>
        ))}
      </div>
      <ActionOutcomeMessage outcome={outcome} />
    </Section>
  );
}
