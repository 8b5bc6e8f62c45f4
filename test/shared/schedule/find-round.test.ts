import { addDays, firstOfMonthAfter } from "../../../shared/dates/civil-date";
import {
  findRound,
  knownFiscalYears,
  roundsOf,
  roundForDate,
} from "../../../shared/schedule/find-round";
import type { RoundNumber } from "../../../shared/schedule/round";

describe("the FY2025 table (guideline p.3)", () => {
  it.each([
    [1, 100, "2025-05-15", "2025-06-30", "2025-08-01", "2026-01-31", "2026-02-28"],
    [2, 80, "2025-07-01", "2025-08-31", "2025-10-01", "2026-03-31", "2026-04-30"],
    [3, 80, "2025-09-01", "2025-10-31", "2025-12-01", "2026-05-31", "2026-06-30"],
    [4, 80, "2025-11-01", "2025-12-31", "2026-02-01", "2026-07-31", "2026-08-31"],
    [5, 80, "2026-01-01", "2026-02-28", "2026-04-01", "2026-09-30", "2026-10-31"],
    [6, 80, "2026-03-01", "2026-04-30", "2026-06-01", "2026-11-30", "2026-12-31"],
  ] as const)(
    "round %i: capacity %i, application %s–%s, implementation %s–%s, report until %s",
    (round, capacity, appStart, appEnd, implStart, implEnd, reportUntil) => {
      expect(findRound(2025, round as RoundNumber)).toEqual({
        fiscalYear: 2025,
        round,
        capacity,
        application: { start: appStart, end: appEnd },
        implementation: { start: implStart, end: implEnd },
        reportUntil,
      });
    },
  );

  it("has six rounds and 500 places in all", () => {
    const rounds = roundsOf(2025);
    expect(rounds.map((r) => r.round)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rounds.reduce((sum, r) => sum + r.capacity, 0)).toBe(500);
  });
});

describe("every table keeps the guideline's shape", () => {
  for (const year of knownFiscalYears()) {
    const rounds = roundsOf(year);
    it(`FY${year}: fiscal year, six-month periods from the 1st, report the month after`, () => {
      rounds.forEach((r, i) => {
        expect(r.fiscalYear).toBe(year);
        expect(r.round).toBe(i + 1);
        expect(r.application.start <= r.application.end).toBe(true);
        expect(r.application.end < r.implementation.start).toBe(true);
        expect(r.implementation.start.endsWith("-01")).toBe(true);
        expect(r.implementation.end).toBe(
          addDays(firstOfMonthAfter(r.implementation.start, 6), -1),
        );
        expect(r.reportUntil).toBe(addDays(firstOfMonthAfter(r.implementation.end, 2), -1));
        const next = rounds[i + 1];
        // Application windows follow each other without overlap, so roundForDate is unambiguous.
        if (next) expect(r.application.end < next.application.start).toBe(true);
      });
    });
  }
});

describe("findRound / knownFiscalYears", () => {
  it("knows fiscal 2025 only", () => {
    expect(knownFiscalYears()).toEqual([2025]);
    expect(findRound(2024, 1)).toBeUndefined();
    expect(findRound(2025, 6)?.reportUntil).toBe("2026-12-31");
  });
});

describe("roundForDate (application windows, both ends inclusive)", () => {
  it.each([
    ["2025-05-14", undefined],
    ["2025-05-15", 1],
    ["2025-06-30", 1],
    ["2025-07-01", 2],
    ["2025-08-31", 2],
    ["2025-09-01", 3],
    ["2025-12-31", 4],
    ["2026-01-01", 5],
    ["2026-02-28", 5],
    ["2026-03-01", 6],
    ["2026-04-30", 6],
    ["2026-05-01", undefined],
  ])("%s → round %p", (date, round) => {
    expect(roundForDate(date)?.round).toBe(round);
  });
});
