import { useState } from "react";
import { PageTitle } from "../../../components/PageTitle";
import { useI18n } from "../../../i18n/i18n-context";
import type { Me } from "../../../lib/api-types";
import { AuditLogPanel } from "./AuditLogPanel";
import { SchedulesPanel } from "./SchedulesPanel";
import { TokensPanel } from "./TokensPanel";
import { UsersPanel } from "./UsersPanel";

/** 管理: users, submission tokens, the fiscal years' schedules and the audit log (admin only; the server checks too). */
export function AdminPage({ fiscalYear, me }: { fiscalYear: number; me: Me }) {
  const { t } = useI18n();
  // Bumped after each account change, so the audit log below shows it.
  const [auditVersion, setAuditVersion] = useState(0);
  return (
    <>
      <PageTitle>{t("adminTitle")}</PageTitle>
      <UsersPanel me={me} onChanged={() => setAuditVersion((v) => v + 1)} />
      <TokensPanel fiscalYear={fiscalYear} />
      <SchedulesPanel />
      <AuditLogPanel version={auditVersion} />
    </>
  );
}
