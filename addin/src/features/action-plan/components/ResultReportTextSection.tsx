import { Button, Field, Textarea } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import { resultReportOf, type PlanDerived, type PlanSession } from "../plan-input";

/** 様式第9号（取組結果報告書）: the pre-filled text, to copy into the form. */
export function ResultReportTextSection({
  session,
  derived,
}: {
  session: PlanSession;
  derived: PlanDerived;
}) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const report = useMemo(() => resultReportOf(session, derived), [session, derived]);
  if (report === undefined) return null;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report.text);
      setCopied(true);
    } catch {
      // Clipboard blocked (a locked-down webview): the text stays selectable in the box.
      setCopied(false);
    }
  };
  return (
    <Section title={t("form9.title")}>
      <p>{t("form9.intro")}</p>
      <Field label={t("form9.textLabel")}>
        <Textarea
          readOnly
          resize="vertical"
          rows={14}
          value={report.text}
          data-testid="form9-text"
          onFocus={(e) => e.currentTarget.select()}
        />
      </Field>
      <div>
        <Button onClick={() => void copy()}>{t("form9.copy")}</Button>{" "}
        {copied && <span role="status">{t("form9.copied")}</span>}
      </div>
    </Section>
  );
}
