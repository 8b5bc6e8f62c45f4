import { TableCell, TableRow } from "@fluentui/react-components";
import type { AuditEntryJson } from "../../../../../../shared/api/audit-log";
import { LoadState } from "../../../components/LoadState";
import { Section } from "../../../components/Section";
import { useI18n } from "../../../i18n/i18n-context";
import type { MessageKey } from "../../../i18n/ja";
import { formatDateTime } from "../../../lib/format";
import { useAsync } from "../../../lib/use-async";
import { listAuditLog } from "../api/admin";
import { AdminTable } from "./AdminTable";

const ACTIONS: Record<string, MessageKey> = {
  "login.success": "auditLoginSuccess",
  "login.failure": "auditLoginFailure",
  "login.disabled": "auditLoginDisabled",
  logout: "auditLogout",
  "user.create": "auditUserCreate",
  "user.role": "auditUserRole",
  "user.disable": "auditUserDisable",
  "user.enable": "auditUserEnable",
  "user.password.reset": "auditUserPasswordReset",
  "user.delete": "auditUserDelete",
  "token.issue": "auditTokenIssue",
  "token.revoke": "auditTokenRevoke",
  import: "auditImport",
  "import.refused": "auditImportRefused",
  export: "auditExport",
  "report.texts.save": "auditReportTextsSave",
};

/** The detail as "key: value" pairs: ids, counts, account names — nothing secret is stored. */
function detailText(detail: AuditEntryJson["detail"]): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ");
}

/** 監査ログ: who did what, when (newest first). `version` changes after each admin action. */
export function AuditLogPanel({ version }: { version: number }) {
  const { t, lang } = useI18n();
  const [state, reload] = useAsync(listAuditLog, `audit-${version}`);
  const actorOf = (entry: AuditEntryJson) =>
    entry.actorUsername ??
    (entry.actorTokenId !== null ? t("auditTokenActor", { id: String(entry.actorTokenId) }) : "—");
  return (
    <Section title={t("auditTitle")} note={t("auditIntro")}>
      <LoadState state={state} onRetry={reload}>
        {({ entries }) =>
          entries.length === 0 ? (
            <p>{t("auditEmpty")}</p>
          ) : (
            <AdminTable
              caption={t("auditCaption")}
              columns={[t("auditAt"), t("auditActor"), t("auditAction"), t("auditDetail")]}
            >
              {entries.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell>{formatDateTime(entry.at, lang)}</TableCell>
                  <TableCell>{actorOf(entry)}</TableCell>
                  <TableCell>
                    {ACTIONS[entry.action] ? t(ACTIONS[entry.action]!) : entry.action}
                  </TableCell>
                  <TableCell>{detailText(entry.detail)}</TableCell>
                </TableRow>
              ))}
            </AdminTable>
          )
        }
      </LoadState>
    </Section>
  );
}
