import { barChartConfig } from "../../../dashboard/web/src/components/charts/chart-config";
import {
  chartHeight,
  HORIZONTAL_FROM,
} from "../../../dashboard/web/src/components/charts/chart-size";

const figure = (value: number) => ({ value, suppressed: false });
const labels = (n: number) => Array.from({ length: n }, (_, i) => `産業${i + 1}`);

describe("bar chart layout", () => {
  it("keeps upright columns for a few categories (size bands, rounds)", () => {
    const config = barChartConfig(
      labels(6),
      [{ label: "社", figures: labels(6).map(() => figure(3)) }],
      String,
    );
    expect(config.options?.indexAxis).toBe("x");
    expect(chartHeight(labels(6), 1)).toBe(280);
  });

  it("turns ~20 industries into horizontal bars, one row each, tall enough to read", () => {
    const twenty = labels(20);
    const config = barChartConfig(
      twenty,
      [{ label: "社", figures: twenty.map(() => figure(3)) }],
      String,
    );
    expect(config.options?.indexAxis).toBe("y");
    // The value axis is now x and starts at zero; every category name is kept (no auto-skip).
    expect(config.options?.scales?.["x"]).toMatchObject({ beginAtZero: true });
    expect(config.options?.scales?.["y"]).toMatchObject({ ticks: { autoSkip: false } });
    expect(chartHeight(twenty, 1)).toBeGreaterThanOrEqual(20 * 14);
    expect(chartHeight(twenty, 2)).toBeGreaterThan(chartHeight(twenty, 1));
  });

  it("switches exactly at the threshold", () => {
    const at = labels(HORIZONTAL_FROM);
    const below = labels(HORIZONTAL_FROM - 1);
    const series = (l: string[]) => [{ label: "社", figures: l.map(() => figure(1)) }];
    expect(barChartConfig(at, series(at), String).options?.indexAxis).toBe("y");
    expect(barChartConfig(below, series(below), String).options?.indexAxis).toBe("x");
  });
});
