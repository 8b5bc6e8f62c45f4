import { TableCell, TableRow } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Worker } from "../../../../../shared/roster/worker";
import type { WageGapOptions } from "../../../../../shared/rules/wage-gap";
import {
  type BreakdownCell,
  wageGapBreakdown,
} from "../../../../../shared/rules/wage-gap-breakdown";
import { DataTable } from "../../../components/DataTable";
import { Section } from "../../../components/Section";
import { headcountLabel, percentLabel } from "../../../i18n/format";
import { useI18n } from "../../../i18n/i18n-context";

/** Why the gap is what it is: by 職階 and tenure band (small cells as —), and the grade-mix sentence. */
export function WageGapBreakdownSection({
  workers,
  asOf,
  options,
}: {
  workers: readonly Worker[];
  asOf: string;
  options: WageGapOptions;
}) {
  const { t, pick } = useI18n();
  const b = useMemo(() => wageGapBreakdown(workers, asOf, options), [workers, asOf, options]);
  const rows = (cells: BreakdownCell[], kind: string) =>
    cells.map((c) => (
      <TableRow key={c.key} data-breakdown={`${kind}-${c.key}`}>
        <TableCell>{pick(c.label)}</TableCell>
        <TableCell>
          <strong>{c.hidden ? "—" : percentLabel(c.percent)}</strong>
        </TableCell>
        <TableCell>{headcountLabel(c.women)}</TableCell>
        <TableCell>{headcountLabel(c.men)}</TableCell>
      </TableRow>
    ));
  const columns = (first: string) => [
    first,
    t("wage.gap"),
    t("breakdown.women"),
    t("breakdown.men"),
  ];
  return (
    <Section title={t("breakdown.title")}>
      <p data-testid="grade-mix">
        <strong>{pick(b.gradeMix.sentence)}</strong>
      </p>
      {b.gradeMix.assumption && <p>{pick(b.gradeMix.assumption)}</p>}
      <DataTable label={t("breakdown.byGrade")} columns={columns(t("breakdown.grade"))}>
        {rows(b.byGrade, "grade")}
      </DataTable>
      <DataTable
        label={t("breakdown.byTenure")}
        columns={columns(t("breakdown.tenure", { date: asOf }))}
      >
        {rows(b.byTenure, "tenure")}
      </DataTable>
      <p>{t("breakdown.smallCells")}</p>
    </Section>
  );
}
