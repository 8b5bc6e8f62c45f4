import fc from "fast-check";
import {
  addDays,
  civilDate,
  dateParts,
  firstOfMonthAfter,
  fromDayNumber,
  isWithin,
  toDayNumber,
  weekday,
} from "../../../shared/dates/civil-date";

// An oracle written independently of civil-date.ts: count days one year and one month at a time.
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLengths = (y: number): number[] => [
  31,
  leap(y) ? 29 : 28,
  31,
  30,
  31,
  30,
  31,
  31,
  30,
  31,
  30,
  31,
];

function bruteDayNumber(year: number, month: number, day: number): number {
  let days = 0;
  if (year >= 1970) for (let y = 1970; y < year; y++) days += leap(y) ? 366 : 365;
  else for (let y = year; y < 1970; y++) days -= leap(y) ? 366 : 365;
  const lengths = monthLengths(year);
  for (let m = 1; m < month; m++) days += lengths[m - 1]!;
  return days + day - 1;
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

const dateArb = fc
  .record({
    year: fc.integer({ min: 1600, max: 2400 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= monthLengths(year)[month - 1]!)
  .map(({ year, month, day }) => ({
    year,
    month,
    day,
    iso: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`,
  }));

describe("civil-date helpers against a brute-force day count", () => {
  it("toDayNumber matches the brute-force count and fromDayNumber inverts it", () => {
    fc.assert(
      fc.property(dateArb, ({ year, month, day, iso }) => {
        expect(civilDate(year, month, day)).toBe(iso);
        expect(dateParts(iso)).toEqual({ year, month, day });
        const n = bruteDayNumber(year, month, day);
        expect(toDayNumber(iso)).toBe(n);
        expect(fromDayNumber(n)).toBe(iso);
      }),
      { numRuns: 2000 },
    );
  });

  it("addDays moves by exactly n days and round-trips", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -3000, max: 3000 }), ({ iso }, n) => {
        const moved = addDays(iso, n);
        expect(toDayNumber(moved) - toDayNumber(iso)).toBe(n);
        expect(addDays(moved, -n)).toBe(iso);
      }),
    );
  });

  it("weekday agrees with a known anchor (2025-01-01 was a Wednesday)", () => {
    const anchor = bruteDayNumber(2025, 1, 1);
    fc.assert(
      fc.property(dateArb, ({ year, month, day, iso }) => {
        const diff = bruteDayNumber(year, month, day) - anchor;
        expect(weekday(iso)).toBe((((3 + diff) % 7) + 7) % 7);
      }),
    );
  });

  it("firstOfMonthAfter counts whole months", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -50, max: 50 }), ({ year, month, iso }, n) => {
        const index = year * 12 + month - 1 + n;
        const expected = `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}-01`;
        expect(firstOfMonthAfter(iso, n)).toBe(expected);
      }),
    );
  });

  it("known values", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(weekday("2025-09-13")).toBe(6); // Saturday
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(isWithin("2025-08-01", "2025-08-01", "2026-01-31")).toBe(true);
    expect(isWithin("2026-02-01", "2025-08-01", "2026-01-31")).toBe(false);
  });
});
