import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { LoadState } from "../../../components/LoadState";
import { PageTitle } from "../../../components/PageTitle";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import { ApiRequestError } from "../../../lib/api-client";
import type { ReportTexts } from "../../../lib/api-types";
import { fiscalYearLabel } from "../../../lib/format";
import { useAsync } from "../../../lib/use-async";
import { getReportTexts, saveReportTexts } from "../api/report-texts";
import { pendingEdits } from "./edits";
import { ExportLinks } from "./ExportLinks";
import { PlanItemsEditor } from "./PlanItemsEditor";
import { PlanTable } from "./PlanTable";

const useStyles = makeStyles({
  intro: { marginTop: 0, color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalM} 0`,
  },
});

type Outcome = { intent: "success" | "error" | "warning"; text: string } | null;

/** 年次報告: edit the generated 取組実績 per plan item, save, and export CSV / xlsx / HTML. */
export function ReportPage({ fiscalYear }: { fiscalYear: number }) {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [state, reload, replace] = useAsync(() => getReportTexts(fiscalYear), String(fiscalYear));
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // The era in the column header is the report's own (令和7年度), whatever the page language.
  const era = fiscalYearLabel(fiscalYear, "ja").replace(/（.*$/, "");

  const save = async (texts: ReportTexts) => {
    const edits = pendingEdits(texts.items, drafts);
    if (edits.length === 0) {
      setOutcome({ intent: "warning", text: t("noChanges") });
      return;
    }
    setSaving(true);
    try {
      replace(await saveReportTexts(fiscalYear, edits));
      setDrafts({});
      setOutcome({ intent: "success", text: t("saved") });
    } catch (e) {
      setOutcome({
        intent: "error",
        text: e instanceof ApiRequestError ? e.messageIn(lang) : String(e),
      });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageTitle>{t("reportTitle", { fy: fiscalYearLabel(fiscalYear, lang) })}</PageTitle>
      <p className={styles.intro}>{t("reportIntro")}</p>
      <LoadState state={state} onRetry={reload}>
        {(texts) => {
          const dirty = pendingEdits(texts.items, drafts).length > 0;
          return (
            <>
              <Section title={t("navReport")}>
                <PlanTable
                  items={texts.items}
                  drafts={drafts}
                  eraLabel={era}
                  onDraft={(id, text) => {
                    setDrafts((d) => ({ ...d, [id]: text }));
                    setOutcome(null);
                  }}
                />
                <div className={styles.actions}>
                  <Button appearance="primary" disabled={saving} onClick={() => void save(texts)}>
                    {saving ? t("saving") : t("saveTexts")}
                  </Button>
                  {outcome?.intent === "error" && (
                    <Button
                      onClick={() => {
                        setDrafts({});
                        setOutcome(null);
                        reload();
                      }}
                    >
                      {t("retry")}
                    </Button>
                  )}
                </div>
                <div role="status" aria-live="polite">
                  {outcome && (
                    <MessageBar intent={outcome.intent}>
                      <MessageBarBody>{outcome.text}</MessageBarBody>
                    </MessageBar>
                  )}
                  {dirty && !outcome && (
                    <MessageBar intent="warning">
                      <MessageBarBody>{t("unsavedChanges")}</MessageBarBody>
                    </MessageBar>
                  )}
                </div>
              </Section>
              <ExportLinks fiscalYear={fiscalYear} />
            </>
          );
        }}
      </LoadState>
      {/* Outside the texts' LoadState: reloading the table after a save keeps the editor's state. */}
      <PlanItemsEditor fiscalYear={fiscalYear} onSaved={reload} />
    </>
  );
}
