import type { ChartConfiguration, Plugin } from "chart.js";
import type { Figure } from "../../lib/api-types";
import { SUPPRESSED_MARK } from "../../lib/format";
import { chartValues, suppressedFlags } from "../../lib/suppression";
import { isHorizontal } from "./chart-size";

export interface BarSeries {
  label: string;
  figures: Figure[];
}

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11 for graphical objects). */
export const SERIES_COLORS = ["#0F6CBD", "#BC4B09", "#107C10", "#5C2E91", "#616161"] as const;

const FONT = '"Noto Sans CJK JP", "Yu Gothic UI", "Hiragino Sans", "Meiryo", sans-serif';

/**
 * Writes "X" where a suppressed value would have been drawn: the bar is left out (a gap, never
 * 0) and the mark tells the reader that a value exists but is withheld.
 */
export function suppressedMarks(series: readonly BarSeries[], horizontal = false): Plugin<"bar"> {
  const flags = series.map((s) => suppressedFlags(s.figures));
  return {
    id: "suppressedMarks",
    afterDatasetsDraw(chart) {
      const { ctx, scales } = chart;
      const x = scales["x"];
      const y = scales["y"];
      if (!x || !y) return;
      ctx.save();
      ctx.font = `bold 13px ${FONT}`;
      ctx.textAlign = "center";
      ctx.textBaseline = "bottom";
      flags.forEach((row, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        row.forEach((suppressed, index) => {
          if (!suppressed) return;
          const element = meta.data[index];
          ctx.fillStyle = SERIES_COLORS[datasetIndex % SERIES_COLORS.length]!;
          if (horizontal) {
            const py =
              element && Number.isFinite(element.y) ? element.y : y.getPixelForValue(index);
            ctx.textAlign = "left";
            ctx.textBaseline = "middle";
            ctx.fillText(SUPPRESSED_MARK, x.getPixelForValue(0) + 2, py);
            return;
          }
          const px = element && Number.isFinite(element.x) ? element.x : x.getPixelForValue(index);
          ctx.fillText(SUPPRESSED_MARK, px, y.getPixelForValue(0) - 2);
        });
      });
      ctx.restore();
    },
  };
}

/** A grouped bar chart of published figures; animation off (reduced motion, stable tests). */
export function barChartConfig(
  labels: readonly string[],
  series: readonly BarSeries[],
  formatTick: (value: number) => string,
): ChartConfiguration<"bar", (number | null)[], string> {
  const horizontal = isHorizontal(labels);
  const categoryAxis = { ticks: { font: { family: FONT }, autoSkip: false, maxRotation: 60 } };
  const valueAxis = {
    beginAtZero: true,
    // Counts of companies and people are whole numbers; an all-X chart still gets 0–1.
    suggestedMax: 1,
    ticks: {
      font: { family: FONT },
      precision: 0,
      callback: (value: string | number) => formatTick(Number(value)),
    },
  };
  return {
    type: "bar",
    data: {
      labels: [...labels],
      datasets: series.map((s, i) => ({
        label: s.label,
        data: chartValues(s.figures),
        backgroundColor: SERIES_COLORS[i % SERIES_COLORS.length],
        borderWidth: 0,
      })),
    },
    options: {
      indexAxis: horizontal ? "y" : "x",
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      font: { family: FONT },
      plugins: {
        legend: { display: series.length > 1, labels: { font: { family: FONT } } },
        tooltip: { enabled: true },
      },
      scales: horizontal
        ? { x: valueAxis, y: { ticks: { font: { family: FONT }, autoSkip: false } } }
        : { x: categoryAxis, y: valueAxis },
    },
    plugins: [suppressedMarks(series, horizontal)],
  };
}
