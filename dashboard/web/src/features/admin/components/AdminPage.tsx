import { useState } from "react";
import { PageTitle } from "../../../components/PageTitle";
import { useI18n } from "../../../i18n/i18n-context";
import type { Me } from "../../../lib/api-types";
import { Section } from "../../../components/Section";
import { AuditLogPanel } from "./AuditLogPanel";
import { ImportsPanel } from "./ImportsPanel";
import { ImportUploadForm } from "./ImportUploadForm";
import { ReleasesPanel } from "./ReleasesPanel";
import { SchedulesPanel } from "./SchedulesPanel";
import { TokensPanel } from "./TokensPanel";
import { UsersPanel } from "./UsersPanel";

/**
 * 管理: releases, users, submission tokens, imports, the fiscal years' schedules and the audit
 * log (admin only; the server checks too).
 */
export function AdminPage({ fiscalYear, me }: { fiscalYear: number; me: Me }) {
  const { t } = useI18n();
  // Bumped after each account change, so the audit log below shows it.
  const [auditVersion, setAuditVersion] = useState(0);
  // Bumped after each import, so the list of import batches shows the new one.
  const [importVersion, setImportVersion] = useState(0);
  return (
    <>
      <PageTitle>{t("adminTitle")}</PageTitle>
      <ReleasesPanel fiscalYear={fiscalYear} />
      <UsersPanel me={me} onChanged={() => setAuditVersion((v) => v + 1)} />
      <TokensPanel fiscalYear={fiscalYear} />
      <Section title={t("importTitle")} note={t("importIntro")}>
        <ImportUploadForm
          onImported={() => {
            setAuditVersion((v) => v + 1);
            setImportVersion((v) => v + 1);
          }}
        />
      </Section>
      <ImportsPanel key={importVersion} />
      <SchedulesPanel />
      <AuditLogPanel version={auditVersion} />
    </>
  );
}
