import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { BarSeries } from "./chart-config";
import { chartHeight } from "./chart-size";

const useStyles = makeStyles({
  box: { position: "relative", width: "100%" },
  fallback: { color: tokens.colorNeutralForeground2 },
});

/**
 * A bar chart drawn by Chart.js, which is loaded only when the first chart appears (it is
 * not needed on the login, report or admin pages). The canvas is an image with a name; the
 * figures themselves are in the table beside it.
 */
export function BarChart({
  labels,
  series,
  description,
  formatTick,
}: {
  labels: string[];
  series: BarSeries[];
  /** the accessible name of the image */
  description: string;
  formatTick: (value: number) => string;
}) {
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  // Redraw only when the figures or the words change, not on every parent render.
  const key = JSON.stringify([labels, series]);
  const tick = useRef(formatTick);
  tick.current = formatTick;

  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let cancelled = false;
    void Promise.all([import("chart.js"), import("./chart-config")]).then(([lib, config]) => {
      if (cancelled || !canvas.current) return;
      lib.Chart.register(
        lib.BarController,
        lib.BarElement,
        lib.CategoryScale,
        lib.LinearScale,
        lib.Legend,
        lib.Tooltip,
      );
      chart = new lib.Chart(
        canvas.current,
        config.barChartConfig(labels, series, (v) => tick.current(v)),
      );
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
    // `key` stands for labels and series (new arrays on every render).
  }, [key]);

  return (
    <div className={styles.box} style={{ height: `${chartHeight(labels, series.length)}px` }}>
      <canvas ref={canvas} role="img" aria-label={description}>
        <span className={styles.fallback}>{description}</span>
      </canvas>
    </div>
  );
}
