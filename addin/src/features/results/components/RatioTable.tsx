import { TableCell, TableRow } from "@fluentui/react-components";
import type { CategoryRatio } from "../../../../../shared/rules/female-ratio";
import { DataTable } from "../../../components/DataTable";
import { VerdictBadge } from "../../../components/VerdictBadge";
import { percentLabel } from "../../../i18n/format";
import { useI18n } from "../../../i18n/i18n-context";

/** Every category's female ratio with its verdict against the strict 40% line. */
export function RatioTable({ categories }: { categories: readonly CategoryRatio[] }) {
  const { t } = useI18n();
  return (
    <DataTable
      label={t("results.ratioTable")}
      columns={[
        t("results.category"),
        t("results.total"),
        t("results.women"),
        t("results.ratio"),
        t("results.verdict"),
      ]}
    >
      {categories.map((c) => (
        <TableRow key={c.category} data-category={c.category}>
          <TableCell>{c.category}</TableCell>
          <TableCell>{c.total}</TableCell>
          <TableCell>{c.women}</TableCell>
          <TableCell data-ratio>{percentLabel(c.femaleRatioPercent)}</TableCell>
          <TableCell data-verdict>
            {c.femaleRatioPercent === null ? (
              <VerdictBadge ok={null} label={t("results.noWorkers")} />
            ) : (
              <VerdictBadge
                ok={c.below40}
                label={c.below40 ? t("results.eligible") : t("results.notEligible")}
              />
            )}
          </TableCell>
        </TableRow>
      ))}
    </DataTable>
  );
}
