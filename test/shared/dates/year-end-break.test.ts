import { isYearEndBreak } from "../../../shared/dates/year-end-break";

describe("isYearEndBreak (Dec 29 – Jan 3 inclusive)", () => {
  it.each(["2025-12-29", "2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03"])(
    "%s is in the break",
    (date) => expect(isYearEndBreak(date)).toBe(true),
  );
  it.each(["2025-12-28", "2026-01-04", "2026-01-05", "2025-06-30"])("%s is not", (date) =>
    expect(isYearEndBreak(date)).toBe(false),
  );
});
