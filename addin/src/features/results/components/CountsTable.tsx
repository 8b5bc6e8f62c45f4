import { TableCell, TableRow } from "@fluentui/react-components";
import type { RosterSummary } from "../../../../../shared/evaluation/roster-summary";
import { DataTable } from "../../../components/DataTable";
import { useI18n } from "../../../i18n/i18n-context";

/** The company-wide counts that actions A and B compare, at application and (if read) at report. */
export function CountsTable({
  application,
  report,
}: {
  application: RosterSummary;
  report?: RosterSummary;
}) {
  const { t } = useI18n();
  const rows = [
    { label: t("results.femaleManagers"), pick: (s: RosterSummary) => s.managers.women },
    { label: t("results.maleManagers"), pick: (s: RosterSummary) => s.managers.men },
    {
      label: t("results.femaleAllowance"),
      pick: (s: RosterSummary) => s.allowanceRecipients.women,
    },
    { label: t("results.maleAllowance"), pick: (s: RosterSummary) => s.allowanceRecipients.men },
  ];
  return (
    <DataTable
      label={t("results.countsTitle")}
      columns={[
        t("results.item"),
        t("results.atApplication"),
        ...(report ? [t("results.atReport")] : []),
      ]}
    >
      {rows.map((r) => (
        <TableRow key={r.label}>
          <TableCell>{r.label}</TableCell>
          <TableCell>{t("unit.people", { n: r.pick(application) })}</TableCell>
          {report && <TableCell>{t("unit.people", { n: r.pick(report) })}</TableCell>}
        </TableRow>
      ))}
    </DataTable>
  );
}
