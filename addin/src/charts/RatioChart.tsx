import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { axisMax, barColors, type BarSeries } from "./bar-chart-config";

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL },
  chart: { position: "relative", flex: "1 1 280px", minHeight: "200px", maxWidth: "520px" },
  table: { flex: "1 1 280px", minWidth: 0 },
  caption: {
    flexBasis: "100%",
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
});

interface Props {
  series: BarSeries;
  /** The reference line, e.g. 40 (%). */
  line: number;
  lineLabel: string;
  valueLabel: string;
  /** Names the chart for screen readers; the table beside it carries the figures. */
  summary: string;
  caption: string;
  loading: string;
  /** The same figures as an accessible table: every chart has one. */
  table: ReactNode;
}

// Chart.js is ~70 KB gzip: it is fetched after the pane is on screen, never in the initial bundle.
type ChartModule = typeof import("chart.js");
let chartModule: Promise<ChartModule> | undefined;
function loadChartJs(): Promise<ChartModule> {
  chartModule ??= import("chart.js").then((m) => {
    m.Chart.register(
      m.BarController,
      m.BarElement,
      m.LineController,
      m.LineElement,
      m.PointElement,
      m.CategoryScale,
      m.LinearScale,
      m.Tooltip,
      m.Legend,
    );
    return m;
  });
  return chartModule;
}

/** Female ratio per category as bars against the 40% line, with its table beside it. */
export function RatioChart(props: Props) {
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [ready, setReady] = useState(false);
  const { line, lineLabel, valueLabel } = props;
  // The figures, not the object's identity, decide when to redraw (callers build it per render).
  const seriesKey = JSON.stringify(props.series);

  useEffect(() => {
    const series = JSON.parse(seriesKey) as BarSeries;
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void loadChartJs().then(({ Chart }) => {
      if (cancelled || canvas.current === null) return;
      chart = new Chart(canvas.current, {
        type: "bar",
        data: {
          labels: series.labels,
          datasets: [
            {
              type: "bar",
              label: valueLabel,
              data: series.values,
              backgroundColor: barColors(series.values, line, "#0f6cbd", "#a19f9d"),
            },
            {
              type: "line",
              label: lineLabel,
              data: series.labels.map(() => line),
              borderColor: "#c50f1f",
              borderDash: [6, 4],
              pointRadius: 0,
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          scales: {
            y: { min: 0, max: axisMax(series.values, line), ticks: { callback: (v) => `${v}%` } },
          },
        },
      });
      setReady(true);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [seriesKey, line, lineLabel, valueLabel]);

  return (
    <figure className={styles.figure}>
      <div className={styles.table}>{props.table}</div>
      <div className={styles.chart}>
        {!ready && <Spinner size="tiny" label={props.loading} />}
        <canvas ref={canvas} role="img" aria-label={props.summary} />
      </div>
      <figcaption className={styles.caption}>{props.caption}</figcaption>
    </figure>
  );
}
