import { ChartWithTable } from "../../../../components/ChartWithTable";
import { FigureTable } from "../../../../components/FigureTable";
import { Section } from "../../../../components/Section";
import { useI18n } from "../../../../i18n/i18n-context";
import type { MessageKey } from "../../../../i18n/ja";
import type { ScopePublication, StatKey } from "../../../../lib/api-types";
import { useFormats } from "../use-formats";

/**
 * A per-company percentage (female manager ratio or wage gap): quartiles as a table and the
 * banded distribution as a chart with its table. Several stats share bands, one series each.
 */
export function DistributionSection({
  scope,
  stats,
  title,
  quartileCaption,
  distributionCaption,
  note,
}: {
  scope: ScopePublication;
  stats: readonly StatKey[];
  title: MessageKey;
  quartileCaption: MessageKey;
  distributionCaption: MessageKey;
  note?: string;
}) {
  const { t, lang } = useI18n();
  const f = useFormats();
  const first = scope.distributions[stats[0]!];
  const bands = first.map((b) => (lang === "ja" ? b.labelJa : b.labelEn));
  return (
    <Section title={t(title)} note={note}>
      <FigureTable
        caption={t(quartileCaption)}
        rowHeader={t(title)}
        columns={[
          { label: t("quartileN"), format: f.count },
          { label: t("q1"), format: f.percent },
          { label: t("median"), format: f.percent },
          { label: t("q3"), format: f.percent },
        ]}
        rows={stats.map((stat) => {
          const q = scope.figures.stats[stat];
          return { label: t(stat), cells: [q.n, q.q1, q.median, q.q3] };
        })}
      />
      <ChartWithTable
        caption={t(distributionCaption)}
        rowHeader={t(title)}
        categories={bands}
        series={stats.map((stat) => ({
          label: t(stat),
          figures: scope.distributions[stat].map((row) => row.companies),
          format: f.count,
        }))}
        formatTick={f.tick}
      />
    </Section>
  );
}
