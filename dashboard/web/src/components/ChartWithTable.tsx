import { makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../i18n/i18n-context";
import type { Figure } from "../lib/api-types";
import { anySuppressed } from "../lib/suppression";
import { BarChart } from "./charts/BarChart";
import { FigureTable, type FigureColumn } from "./FigureTable";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gap: tokens.spacingHorizontalXL,
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 24rem), 1fr))",
    alignItems: "start",
  },
  chartNote: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

export interface ChartSeries {
  label: string;
  figures: Figure[];
  format: (figure: Figure) => string;
}

/**
 * A chart and, beside it, a table of the same figures: categories are the chart's x axis and
 * the table's rows; each series is a bar colour and a table column.
 */
export function ChartWithTable({
  caption,
  rowHeader,
  categories,
  series,
  formatTick,
}: {
  caption: string;
  rowHeader: string;
  categories: string[];
  series: ChartSeries[];
  formatTick: (value: number) => string;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const columns: FigureColumn[] = series.map((s) => ({ label: s.label, format: s.format }));
  const rows = categories.map((label, i) => ({
    label,
    cells: series.map((s) => s.figures[i] ?? { value: null, suppressed: false }),
  }));
  const hasX = anySuppressed(series.map((s) => s.figures));
  return (
    <div className={styles.grid} data-testid="chart-with-table">
      <figure style={{ margin: 0 }}>
        <BarChart
          labels={categories}
          series={series.map((s) => ({ label: s.label, figures: s.figures }))}
          description={`${caption}。${t("chartTableHint")}`}
          formatTick={formatTick}
        />
        <figcaption className={styles.chartNote}>
          {caption}
          {hasX && ` ${t("chartSuppressedNote")}`}
        </figcaption>
      </figure>
      <FigureTable caption={caption} rowHeader={rowHeader} columns={columns} rows={rows} />
    </div>
  );
}
