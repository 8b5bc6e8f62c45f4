import { findRound } from "../../../shared/schedule/find-round";
import { checkReportDate } from "../../../shared/schedule/report-window";
import type { RoundNumber } from "../../../shared/schedule/round";

describe("checkReportDate", () => {
  const round1 = findRound(2025, 1)!;

  it("accepts the report on reportUntil and rejects the day after", () => {
    expect(checkReportDate(round1, "2026-01-20", "2026-02-28")).toEqual({ ok: true, problems: [] });
    const late = checkReportDate(round1, "2026-01-20", "2026-03-01");
    expect(late.ok).toBe(false);
    expect(late.problems).toHaveLength(1);
    expect(late.problems[0]!.ja).toContain("2026-02-28");
  });

  it.each([
    [2, "2026-04-30", "2026-05-01"],
    [3, "2026-06-30", "2026-07-01"],
    [4, "2026-08-31", "2026-09-01"],
    [5, "2026-10-31", "2026-11-01"],
    [6, "2026-12-31", "2027-01-01"],
  ] as const)("round %i: %s ok, %s too late", (n, last, after) => {
    const round = findRound(2025, n as RoundNumber)!;
    const second = round.implementation.end;
    expect(checkReportDate(round, second, last).ok).toBe(true);
    expect(checkReportDate(round, second, after).ok).toBe(false);
  });

  it("accepts the day of the second visit (decision: 後 orders events, not days)", () => {
    expect(checkReportDate(round1, "2026-01-20", "2026-01-20").ok).toBe(true);
  });

  it("rejects a report before the second visit", () => {
    const early = checkReportDate(round1, "2026-01-20", "2026-01-19");
    expect(early.ok).toBe(false);
    expect(early.problems[0]!.en).toContain("after the second expert visit");
  });

  it("reports both problems when both hold", () => {
    expect(checkReportDate(round1, "2026-03-10", "2026-03-05").problems).toHaveLength(2);
  });
});
