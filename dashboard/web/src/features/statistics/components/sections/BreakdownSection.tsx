import { ChartWithTable } from "../../../../components/ChartWithTable";
import { FigureTable } from "../../../../components/FigureTable";
import { Section } from "../../../../components/Section";
import { useI18n } from "../../../../i18n/i18n-context";
import type { BreakdownRow } from "../../../../lib/api-types";
import { useFormats } from "../use-formats";

/** One breakdown (by size band or by industry): companies as a chart, the details as a table. */
export function BreakdownSection({
  rows,
  dimension,
  rowHeader,
  scopeLabel,
}: {
  rows: BreakdownRow[];
  dimension: string;
  rowHeader: string;
  scopeLabel: string;
}) {
  const { t, lang } = useI18n();
  const f = useFormats();
  const labels = rows.map((r) => (lang === "ja" ? r.labelJa : r.labelEn));
  return (
    <Section title={`${dimension}（${scopeLabel}）`} note={t("projectionNote")}>
      <ChartWithTable
        caption={t("breakdownChartCaption", { dimension, scope: scopeLabel })}
        rowHeader={rowHeader}
        categories={labels}
        series={[
          { label: t("companies"), figures: rows.map((r) => r.figures.companies), format: f.count },
        ]}
        formatTick={f.tick}
      />
      <FigureTable
        caption={t("breakdownCaption", { dimension, scope: scopeLabel })}
        rowHeader={rowHeader}
        columns={[
          { label: t("companies"), format: f.count },
          { label: `${t("achieved")} A`, format: f.count },
          { label: `${t("achieved")} B`, format: f.count },
          { label: `${t("achieved")} C`, format: f.count },
          { label: `${t("achieved")} D`, format: f.count },
          { label: t("newFemaleManagers"), format: f.count },
          { label: t("trainingComplete"), format: f.count },
          { label: t("projectedGrantYen"), format: f.yen },
          { label: t("wageGapMedian"), format: f.percent },
        ]}
        rows={rows.map((r, i) => ({
          label: labels[i]!,
          cells: [
            r.figures.companies,
            r.figures.achieved.A,
            r.figures.achieved.B,
            r.figures.achieved.C,
            r.figures.achieved.D,
            r.figures.sums.newFemaleManagers,
            r.figures.trainingComplete,
            r.figures.sums.projectedGrantYen,
            r.figures.stats.wageGapAll.median,
          ],
        }))}
      />
    </Section>
  );
}
