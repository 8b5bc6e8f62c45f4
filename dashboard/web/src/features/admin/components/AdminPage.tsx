import { PageTitle } from "../../../components/PageTitle";
import { useI18n } from "../../../i18n/i18n-context";
import { SchedulesPanel } from "./SchedulesPanel";
import { TokensPanel } from "./TokensPanel";
import { UsersPanel } from "./UsersPanel";

/** 管理: users, submission tokens and the fiscal years' schedules (admin only; the server checks too). */
export function AdminPage({ fiscalYear }: { fiscalYear: number }) {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t("adminTitle")}</PageTitle>
      <UsersPanel />
      <TokensPanel fiscalYear={fiscalYear} />
      <SchedulesPanel />
    </>
  );
}
