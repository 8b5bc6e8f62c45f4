import {
  fiscalYearLabel,
  formatDateTime,
  formatFigure,
  formatPercent,
  formatYen,
  interpolate,
  ratioFigure,
  roundLabel,
} from "../../../dashboard/web/src/lib/format";

const X = { value: null, suppressed: true };
const NONE = { value: null, suppressed: false };
const fig = (value: number) => ({ value, suppressed: false });

describe("formatting published figures", () => {
  it("prints a suppressed figure as X and a missing one as -, never as 0", () => {
    for (const format of [formatFigure, formatPercent, formatYen]) {
      expect(format(X, "ja")).toBe("X");
      expect(format(NONE, "ja")).toBe("-");
      expect(format(X, "en")).toBe("X");
    }
  });

  it("groups thousands and adds units in the page language", () => {
    expect(formatFigure(fig(1234567), "ja")).toBe("1,234,567");
    expect(formatYen(fig(67_000_000), "ja")).toBe("67,000,000円");
    expect(formatYen(fig(300_000), "en")).toBe("¥300,000");
    expect(formatPercent(fig(12.5), "ja")).toBe("12.5%");
    expect(formatPercent(fig(50), "en")).toBe("50.0%");
    expect(formatFigure(fig(0), "ja")).toBe("0");
  });

  it("names fiscal years in the Japanese era (令和元年 = 2019) and rounds", () => {
    expect(fiscalYearLabel(2025, "ja")).toBe("令和7年度（2025年度）");
    expect(fiscalYearLabel(2019, "ja")).toBe("令和元年度（2019年度）");
    expect(fiscalYearLabel(2018, "ja")).toBe("2018年度");
    expect(fiscalYearLabel(2025, "en")).toBe("FY2025");
    expect(roundLabel(3, "ja")).toBe("第3回");
    expect(roundLabel(3, "en")).toBe("Round 3");
  });

  it("shows timestamps in Tokyo time", () => {
    expect(formatDateTime("2025-06-30T15:30:00Z", "ja")).toBe("2025/07/01 00:30");
    expect(formatDateTime(null, "ja")).toBe("-");
    expect(formatDateTime("not a date", "en")).toBe("-");
  });

  it("fills message placeholders and leaves unknown ones visible", () => {
    expect(interpolate("{fy} {round}", { fy: "令和7年度", round: "第1回" })).toBe(
      "令和7年度 第1回",
    );
    expect(interpolate("{a}{b}", { a: 1 })).toBe("1{b}");
  });

  it("derives a share that stays X when either part is X", () => {
    expect(ratioFigure(fig(177), fig(195))).toEqual(fig(90.8));
    expect(ratioFigure(X, fig(195))).toEqual(X);
    expect(ratioFigure(fig(1), X)).toEqual(X);
    expect(ratioFigure(fig(0), fig(0))).toEqual(NONE);
  });
});
