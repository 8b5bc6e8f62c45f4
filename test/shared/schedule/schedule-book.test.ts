import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  allWindowsClosed,
  findRound,
  knownFiscalYears,
  nextRoundAfter,
  roundForDate,
} from "../../../shared/schedule/find-round";
import {
  addSchedule,
  resetSchedules,
  scheduleOf,
  visitBlackoutOf,
} from "../../../shared/schedule/schedule-book";
import { parseScheduleFile, type FiscalYearSchedule } from "../../../shared/schedule/schedule-file";
import {
  checkVisitPlan,
  holidaysUnknown,
  isVisitDay,
} from "../../../shared/schedule/expert-visits";

function fy2026(): FiscalYearSchedule {
  const json: unknown = JSON.parse(
    readFileSync(join(__dirname, "../../fixtures/schedules/fy2026-made-up.json"), "utf8"),
  );
  const parsed = parseScheduleFile(json);
  if (!parsed.ok) throw new Error("fixture does not parse");
  return parsed.schedule;
}

afterEach(resetSchedules);

describe("the schedule book", () => {
  it("knows FY2025 only until another year is added", () => {
    expect(knownFiscalYears()).toEqual([2025]);
    expect(findRound(2026, 1)).toBeUndefined();
    expect(addSchedule(fy2026())).toEqual([]);
    expect(knownFiscalYears()).toEqual([2025, 2026]);
    expect(findRound(2026, 2)?.implementation).toEqual({ start: "2027-03-01", end: "2027-08-31" });
    resetSchedules();
    expect(knownFiscalYears()).toEqual([2025]);
  });

  it("finds the round of a date in the added year, first and last day inclusive", () => {
    addSchedule(fy2026());
    expect(roundForDate("2026-05-15")?.round).toBe(1);
    expect(roundForDate("2026-06-30")?.round).toBe(1);
    expect(roundForDate("2026-07-01")).toBeUndefined();
    expect(roundForDate("2027-01-15")).toMatchObject({ fiscalYear: 2026, round: 2 });
    // FY2025's windows are still found
    expect(roundForDate("2026-04-30")).toMatchObject({ fiscalYear: 2025, round: 6 });
  });

  it("replaces a year with a newer file of the same year", () => {
    addSchedule(fy2026());
    const revised = fy2026();
    revised.rounds = revised.rounds.slice(0, 1);
    revised.source = "令和8年度 募集要項（改訂）";
    expect(addSchedule(revised)).toEqual([]);
    expect(scheduleOf(2026)?.rounds).toHaveLength(1);
    expect(scheduleOf(2026)?.source).toBe("令和8年度 募集要項（改訂）");
  });

  it("refuses a year whose window overlaps another year's, naming both", () => {
    const clash = fy2026();
    clash.rounds[0] = {
      ...clash.rounds[0]!,
      application: { start: "2026-04-30", end: "2026-06-30" },
    };
    const problems = addSchedule(clash);
    expect(problems.map((p) => p.ja)).toEqual([
      "2026年度第1回の申請期間が2025年度第6回と重なっています",
    ]);
    expect(knownFiscalYears()).toEqual([2025]);
  });

  it("says when every known window has closed, and which round opens next", () => {
    // FY2025's last window closed on 2026-04-30: in December 2026 nothing is open.
    expect(allWindowsClosed("2026-04-30")).toBe(false);
    expect(allWindowsClosed("2026-05-01")).toBe(true);
    expect(allWindowsClosed("2026-12-06")).toBe(true);
    expect(nextRoundAfter("2026-12-06")).toBeUndefined();
    addSchedule(fy2026());
    expect(allWindowsClosed("2026-12-06")).toBe(false);
    expect(nextRoundAfter("2026-07-01")).toMatchObject({ fiscalYear: 2026, round: 2 });
  });
});

describe("visit blackouts come from the schedule", () => {
  it.each([
    ["2025-12-28", false],
    ["2025-12-29", true],
    ["2026-01-03", true],
    ["2026-01-04", false],
  ])("FY2025 file: %s in the blackout: %s", (date, inside) => {
    expect(visitBlackoutOf(date) !== undefined).toBe(inside);
  });

  it("a year's blackout applies only once its schedule is known", () => {
    // 2026-12-29 is a Tuesday without a holiday.
    expect(isVisitDay("2026-12-29")).toBe(true);
    addSchedule(fy2026());
    expect(isVisitDay("2026-12-29")).toBe(false);
    expect(visitBlackoutOf("2026-12-29")?.ja).toBe(
      "専門家派遣を行わない期間（2026-12-29～2027-01-03、2026年度の日程）です",
    );
  });
});

describe("holidays beyond the holiday data", () => {
  it("are unknown, not ordinary weekdays", () => {
    expect(holidaysUnknown("2050-12-30")).toBeUndefined();
    expect(holidaysUnknown("2051-01-02")?.ja).toBe(
      "2051-01-02: 2051年の祝日は分からないため、祝日かどうかを確認できません。平日であることを暦で確かめてください",
    );
  });

  it("a visit plan in such a year says so as advice", () => {
    const far: FiscalYearSchedule = {
      fiscalYear: 2051,
      source: "test",
      visitBlackouts: [],
      rounds: [
        {
          fiscalYear: 2051,
          round: 1,
          capacity: 10,
          application: { start: "2051-05-01", end: "2051-06-30" },
          implementation: { start: "2051-08-01", end: "2052-01-31" },
          reportUntil: "2052-02-29",
        },
      ],
    };
    expect(addSchedule(far)).toEqual([]);
    // 2051-08-01 is a Tuesday; 2051-11-01 a Wednesday.
    const check = checkVisitPlan(far.rounds[0]!, "2051-08-01", "2051-11-01");
    expect(check.ok).toBe(true);
    expect(check.advice.map((a) => a.ja)).toEqual([
      "2051-08-01: 2051年の祝日は分からないため、祝日かどうかを確認できません。平日であることを暦で確かめてください",
      "2051-11-01: 2051年の祝日は分からないため、祝日かどうかを確認できません。平日であることを暦で確かめてください",
    ]);
  });
});
