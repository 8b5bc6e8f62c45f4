import fc from "fast-check";
import { addDays, dateParts, fromDayNumber, toDayNumber } from "../../../shared/dates/civil-date";
import {
  checkVisitPlan,
  earliestSecondVisit,
  isVisitDay,
  nextVisitDays,
  visitDayProblems,
} from "../../../shared/schedule/expert-visits";
import { findRound } from "../../../shared/schedule/find-round";

const round1 = findRound(2025, 1)!; // 2025-08-01 – 2026-01-31
const round2 = findRound(2025, 2)!; // 2025-10-01 – 2026-03-31
const round4 = findRound(2025, 4)!; // 2026-02-01 – 2026-07-31

const ja = (reasons: { ja: string }[]): string[] => reasons.map((r) => r.ja);
// FY2025's blackout comes from its schedule file (p.3: 令和7年12月29日～令和8年1月3日).
const BLACKOUT = "専門家派遣を行わない期間（2025-12-29～2026-01-03、2025年度の日程）です";

describe("visitDayProblems", () => {
  it.each([
    ["2025-09-13", ["土曜日です"]],
    ["2025-09-14", ["日曜日です"]],
    ["2025-09-15", ["祝日（敬老の日）です"]],
    ["2025-11-03", ["祝日（文化の日）です"]],
    ["2025-11-24", ["祝日（勤労感謝の日 振替休日）です"]],
    ["2026-01-12", ["祝日（成人の日）です"]],
    ["2025-12-29", [BLACKOUT]],
    ["2025-12-31", [BLACKOUT]],
    ["2026-01-01", ["祝日（元日）です", BLACKOUT]],
    ["2026-01-02", [BLACKOUT]],
    ["2026-01-03", ["土曜日です", BLACKOUT]],
  ])("%s: %j", (date, expected) => {
    expect(ja(visitDayProblems(date))).toEqual(expected);
    expect(isVisitDay(date)).toBe(false);
  });

  it.each(["2025-12-26", "2025-11-25", "2026-01-05", "2025-09-16", "2025-11-04"])(
    "%s (a weekday, no holiday, outside the break) is a visit day",
    (date) => {
      expect(visitDayProblems(date)).toEqual([]);
      expect(isVisitDay(date)).toBe(true);
    },
  );

  it("names the holiday in English too", () => {
    expect(visitDayProblems("2025-09-15")[0]!.en).toBe(
      "it is a public holiday (Respect for the Aged Day)",
    );
  });
});

describe("earliestSecondVisit: 1st of the month three months after the first visit's month", () => {
  it.each([
    ["2025-08-01", "2025-11-01"],
    ["2025-08-20", "2025-11-01"],
    ["2025-08-29", "2025-11-01"],
    ["2025-10-15", "2026-01-01"],
    ["2025-11-10", "2026-02-01"],
    ["2025-12-01", "2026-03-01"],
  ])("%s → %s", (first, earliest) => {
    expect(earliestSecondVisit(first)).toBe(earliest);
  });

  it("is always the 1st of a month, three calendar months later, after the first visit", () => {
    const base = toDayNumber("2000-01-01");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), (offset) => {
        const first = fromDayNumber(base + offset);
        const earliest = earliestSecondVisit(first);
        const f = dateParts(first);
        const e = dateParts(earliest);
        expect(e.day).toBe(1);
        expect(e.year * 12 + e.month - (f.year * 12 + f.month)).toBe(3);
        expect(earliest > first).toBe(true);
        // At least two full months pass in between, never more than three.
        const gap = toDayNumber(earliest) - toDayNumber(first);
        expect(gap).toBeGreaterThanOrEqual(59);
        expect(gap).toBeLessThanOrEqual(92);
      }),
    );
  });
});

describe("checkVisitPlan", () => {
  it("accepts a plan that keeps every rule, without advice", () => {
    expect(checkVisitPlan(round1, "2025-08-05", "2025-11-04")).toEqual({
      ok: true,
      problems: [],
      advice: [],
    });
  });

  it("accepts the second visit exactly on the earliest day and rejects the day before", () => {
    // 2026-02-10 (Tue) → earliest 2026-05-01 (Fri); 2026-04-30 is a Thursday, no holiday.
    expect(checkVisitPlan(round4, "2026-02-10", "2026-05-01").ok).toBe(true);
    const dayBefore = checkVisitPlan(round4, "2026-02-10", "2026-04-30");
    expect(dayBefore.ok).toBe(false);
    expect(dayBefore.problems).toHaveLength(1);
    expect(dayBefore.problems[0]!.ja).toContain("3か月以上経過後（2026-05-01以降）");
  });

  it("applies the three-month rule across a year end", () => {
    // First 2025-11-10 → earliest 2026-02-01 (a Sunday): 2026-02-02 is the first usable day.
    const plan = checkVisitPlan(round2, "2025-11-10", "2026-02-02");
    expect(plan.ok).toBe(true);
    // November is not the first month of a period that starts in October: advice only.
    expect(plan.advice).toHaveLength(1);
    expect(plan.advice[0]!.ja).toContain("速やかに");
    const tooSoon = checkVisitPlan(round2, "2025-11-10", "2026-01-30");
    expect(tooSoon.ok).toBe(false);
    expect(tooSoon.problems[0]!.ja).toContain("2026-02-01以降");
  });

  it("rejects visits outside the implementation period", () => {
    const plan = checkVisitPlan(round1, "2025-07-31", "2026-02-02");
    expect(plan.ok).toBe(false);
    expect(ja(plan.problems)).toEqual([
      "1回目の専門家派遣（2025-07-31）: 実施期間（2025-08-01～2026-01-31）の外です。2回とも実施期間内に実施する必要があります",
      "2回目の専門家派遣（2026-02-02）: 実施期間（2025-08-01～2026-01-31）の外です。2回とも実施期間内に実施する必要があります",
    ]);
    expect(plan.advice).toEqual([]);
  });

  it("accepts visits on the first and the last day of the period when those are weekdays", () => {
    // Round 2 runs 2025-10-01 (Wed) – 2026-03-31 (Tue).
    expect(checkVisitPlan(round2, "2025-10-01", "2026-03-31").ok).toBe(true);
  });

  it("flags invalid visit days with the visit they belong to", () => {
    const plan = checkVisitPlan(round1, "2025-09-15", "2026-01-12");
    expect(plan.ok).toBe(false);
    expect(plan.problems.map((p) => p.ja.split("。")[0])).toEqual([
      "1回目の専門家派遣（2025-09-15）: 祝日（敬老の日）です",
      "2回目の専門家派遣（2026-01-12）: 祝日（成人の日）です",
    ]);
    // September is not August, the period's first month.
    expect(plan.advice).toHaveLength(1);
  });

  it.each([
    ["2025-12-29", false],
    ["2025-12-31", false],
    ["2026-01-02", false],
    ["2026-01-03", false],
    ["2026-01-05", true],
  ])("second visit on %s → ok %p", (second, ok) => {
    expect(checkVisitPlan(round1, "2025-08-05", second).ok).toBe(ok);
  });

  it("says when the first visit is too late for a second one inside the period", () => {
    // 2025-11-04 → earliest 2026-02-01, after round 1 ends on 2026-01-31.
    const plan = checkVisitPlan(round1, "2025-11-04");
    expect(plan.ok).toBe(false);
    expect(plan.problems[0]!.en).toBe(
      "With visit 1 on 2025-11-04, visit 2 cannot be before 2026-02-01, which is after the period ends on 2026-01-31",
    );
  });

  it("requires the second visit", () => {
    const plan = checkVisitPlan(round1, "2025-08-05");
    expect(plan.ok).toBe(false);
    expect(ja(plan.problems)).toEqual([
      "2回目の専門家派遣日が未定です（2025-11-01以降、2026-01-31までの平日に実施が必要です）",
    ]);
  });
});

describe("nextVisitDays", () => {
  it("skips the year-end break, weekends and holidays, starting with the given day", () => {
    expect(nextVisitDays("2025-12-26", 3)).toEqual(["2025-12-26", "2026-01-05", "2026-01-06"]);
    expect(nextVisitDays("2025-09-12", 2)).toEqual(["2025-09-12", "2025-09-16"]);
  });

  it("stops at `until`", () => {
    expect(nextVisitDays("2026-01-29", 5, "2026-01-31")).toEqual(["2026-01-29", "2026-01-30"]);
  });

  it("handles zero and rejects a negative count", () => {
    expect(nextVisitDays("2025-12-26", 0)).toEqual([]);
    expect(() => nextVisitDays("2025-12-26", -1)).toThrow(RangeError);
  });

  it("lists exactly the visit days, none skipped", () => {
    const base = toDayNumber("2025-01-01");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 15 }), (o, n) => {
        const from = fromDayNumber(base + o);
        const days = nextVisitDays(from, n);
        expect(days).toHaveLength(n);
        const set = new Set(days);
        for (let d = from; d <= days[n - 1]!; d = addDays(d, 1)) {
          expect(set.has(d)).toBe(isVisitDay(d));
        }
      }),
      { numRuns: 200 },
    );
  });
});
