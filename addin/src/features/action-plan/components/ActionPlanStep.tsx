import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { NeedsRoster } from "../../../components/NeedsRoster";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import { downloadBytes } from "../../../../file-host/download";
import { planDraftOf, type PlanDerived, type PlanSession } from "../plan-input";
import { PlanDocument, PRINT_CSS } from "./PlanDocument";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The step 「行動計画」: the 一般事業主行動計画 draft as a printable page and as a .docx to edit and file. */
export function ActionPlanStep({
  session,
  derived,
}: {
  session: PlanSession;
  derived: PlanDerived;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const [failed, setFailed] = useState(false);
  const plan = useMemo(() => planDraftOf(session, derived), [session, derived]);
  const heading = <h2>{t("step.actionPlan")}</h2>;
  if (plan === undefined)
    return (
      <div>
        {heading}
        <NeedsRoster text={t("plan.needs")} />
      </div>
    );
  const downloadDocx = async () => {
    try {
      // The Word writer loads only when asked for: not part of the pane's first download.
      const { actionPlanDocx } = await import("../../../../../shared/documents/action-plan-docx");
      downloadBytes(await actionPlanDocx(plan), t("plan.fileName"), DOCX_TYPE);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div>
      {heading}
      <style>{PRINT_CSS}</style>
      <p>{t("plan.intro")}</p>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => void downloadDocx()}>
          {t("plan.downloadDocx")}
        </Button>
        <Button onClick={() => window.print()}>{t("plan.print")}</Button>
      </div>
      {failed && <p role="alert">{t("plan.docxFailed")}</p>}
      <Section title={t("plan.previewTitle")}>
        <PlanDocument
          title={plan.title}
          notice={plan.notice}
          intro={plan.intro}
          sections={plan.sections}
          testId="action-plan"
        />
      </Section>
    </div>
  );
}
