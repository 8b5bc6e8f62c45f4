import { axisMax, barColors } from "../../../addin/src/charts/bar-chart-config";
import {
  dateLabel,
  headcountLabel,
  percentLabel,
  sizeLabel,
  yenLabel,
} from "../../../addin/src/i18n/format";
import { translate } from "../../../addin/src/i18n/translate";

describe("formatting for the pane", () => {
  test("yen and percentages", () => {
    expect(yenLabel(1_000_000)).toBe("¥1,000,000");
    expect(yenLabel(0)).toBe("¥0");
    expect(yenLabel(5_433_333.4)).toBe("¥5,433,333");
    expect(percentLabel(38.5)).toBe("38.5%");
    expect(percentLabel(40)).toBe("40.0%");
    expect(percentLabel(null)).toBe("—");
  });
  test("dates with the weekday, Japanese first", () => {
    expect(dateLabel("2025-08-01", "ja")).toBe("2025年8月1日(金)");
    expect(dateLabel("2025-08-01", "en")).toBe("Fri 2025-08-01");
    expect(dateLabel("2025-02-30", "ja")).toBe("2025-02-30");
  });
  test("headcounts and sizes", () => {
    expect(headcountLabel(12)).toBe("12");
    expect(headcountLabel(10.75)).toBe("10.75");
    expect(headcountLabel(2.5)).toBe("2.5");
    expect(sizeLabel(2048)).toBe("2.0 KB");
  });
  test("dictionary placeholders", () => {
    expect(translate("ja", "check.where", { row: 3, column: "性別" })).toBe("3行目「性別」");
    expect(translate("en", "check.where", { row: 3, column: "性別" })).toBe('row 3, "性別"');
    expect(translate("ja", "check.where")).toBe("{row}行目「{column}」");
  });
  test("chart helpers", () => {
    expect(barColors([27.3, 40, null], 40, "b", "o")).toEqual(["b", "o", "o"]);
    expect(axisMax([27.3, 33.3], 40)).toBe(50);
    expect(axisMax([100], 40)).toBe(100);
  });
});
