import { normalizeText } from "../../../shared/roster/normalize-text";
import fc from "fast-check";
import { daysInMonth, fromDayNumber } from "../../../shared/dates/civil-date";
import {
  canonicalIsoDateKey,
  isCanonicalIsoDate,
  parseDateText,
  serialToDate,
  type DateProblem,
} from "../../../shared/roster/parse-date";

/** Reads as parseRoster does: the cell text is normalised first. */
function read(text: string, date1904 = false) {
  return parseDateText(normalizeText(text), date1904);
}

describe("parseDateText: accepted formats", () => {
  it.each([
    ["2025-10-01", "2025-10-01"],
    ["2025/10/1", "2025-10-01"],
    ["2025/1/9", "2025-01-09"],
    ["2025.10.1", "2025-10-01"],
    ["2025年10月1日", "2025-10-01"],
    ["2025年 10月 1日", "2025-10-01"],
    ["20251001", "2025-10-01"],
    ["2025/10/1 0:00:00", "2025-10-01"],
    ["2025/10/1 13:45", "2025-10-01"],
    ["2025-10-01T00:00:00.000Z", "2025-10-01"],
    ["２０２５／１０／１", "2025-10-01"],
    ["  2025-10-01  ", "2025-10-01"],
  ])("%s → %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it.each([
    ["令和7年10月1日", "2025-10-01"],
    ["令和元年5月1日", "2019-05-01"],
    ["R7.10.1", "2025-10-01"],
    ["R07/10/01", "2025-10-01"],
    ["r7.10.1", "2025-10-01"],
    ["Ｒ７．１０．１", "2025-10-01"],
    ["H31.4.30", "2019-04-30"],
    ["平成31年4月30日", "2019-04-30"],
    ["平成元年1月8日", "1989-01-08"],
    ["昭和64年1月7日", "1989-01-07"],
    ["S50.4.1", "1975-04-01"],
    ["大正15年12月24日", "1926-12-24"],
    ["T1.7.30", "1912-07-30"],
    ["明治45年7月29日", "1912-07-29"],
    ["M45.7.29", "1912-07-29"],
    // NFKC spells out the one-character era signs.
    ["㋿7年10月1日", "2025-10-01"],
    ["㍻31年4月30日", "2019-04-30"],
    ["㍼50年4月1日", "1975-04-01"],
  ])("era %s → %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("leap days follow the Gregorian rules", () => {
    expect(read("2024-02-29")).toBe("2024-02-29");
    expect(read("2000/2/29")).toBe("2000-02-29");
    expect(read("令和6年2月29日")).toBe("2024-02-29");
  });
});

describe("parseDateText: rejected", () => {
  it.each([
    "2025-02-29",
    "2025-02-30",
    "2025-13-01",
    "2025/4/31",
    "20250230",
    "1900-02-29",
    "0000-01-01",
    "令和7年2月29日",
    "令和0年1月1日",
  ])("%s is impossible", (text) => {
    expect(read(text)).toEqual({ reason: "impossible" });
  });

  it.each([
    "",
    "abc",
    "2025/10",
    "10/1/2025",
    "1/10/2025",
    "25/10/1",
    "2025-10-01x",
    "令和七年十月一日",
    "X7.10.1",
    "123456",
    "2025年10月1",
    "R7.10/1",
  ])("%s is unreadable", (text) => {
    expect(read(text)).toEqual({ reason: "unreadable" });
  });

  it("平成31年5月1日 is a real day outside 平成: the problem carries the day", () => {
    expect(read("平成31年5月1日")).toEqual<DateProblem>({
      reason: "outsideEra",
      eraName: "平成",
      date: "2019-05-01",
    });
  });

  it("令和元年4月30日 is before 令和 began", () => {
    expect(read("令和元年4月30日")).toEqual<DateProblem>({
      reason: "outsideEra",
      eraName: "令和",
      date: "2019-04-30",
    });
    expect(read("H1.1.7")).toEqual({ reason: "outsideEra", eraName: "平成", date: "1989-01-07" });
  });
});

describe("Excel serial numbers", () => {
  it("1900 system: serial 1 is 1900-01-01, 59 is 02-28, 60 the fictitious 02-29, 61 is 03-01", () => {
    expect(serialToDate(1, false)).toBe("1900-01-01");
    expect(serialToDate(59, false)).toBe("1900-02-28");
    expect(serialToDate(60, false)).toEqual({ reason: "fictitiousLeapDay" });
    expect(serialToDate(61, false)).toBe("1900-03-01");
  });

  it("known modern serials", () => {
    expect(serialToDate(25569, false)).toBe("1970-01-01");
    expect(serialToDate(45931, false)).toBe("2025-10-01");
    expect(serialToDate(45931.75, false)).toBe("2025-10-01");
    expect(serialToDate(2958465, false)).toBe("9999-12-31");
  });

  it("1904 system: serial 0 is 1904-01-01 and dates are 1462 serials lower", () => {
    expect(serialToDate(0, true)).toBe("1904-01-01");
    expect(serialToDate(1, true)).toBe("1904-01-02");
    expect(serialToDate(60, true)).toBe("1904-03-01");
    expect(serialToDate(45931 - 1462, true)).toBe("2025-10-01");
  });

  it("out of range or not a number", () => {
    expect(serialToDate(0, false)).toEqual({ reason: "serialOutOfRange" });
    expect(serialToDate(-1, false)).toEqual({ reason: "serialOutOfRange" });
    expect(serialToDate(-1, true)).toEqual({ reason: "serialOutOfRange" });
    expect(serialToDate(2958466, false)).toEqual({ reason: "serialOutOfRange" });
    expect(serialToDate(Number.NaN, false)).toEqual({ reason: "unreadable" });
    expect(serialToDate(Infinity, false)).toEqual({ reason: "unreadable" });
  });

  it("numeric text of 1 to 5 digits is a serial, in the workbook's system", () => {
    expect(read("45931")).toBe("2025-10-01");
    expect(read("45931.5")).toBe("2025-10-01");
    expect(read("４５９３１")).toBe("2025-10-01");
    expect(read("1")).toBe("1900-01-01");
    expect(read("61")).toBe("1900-03-01");
    expect(read("60")).toEqual({ reason: "fictitiousLeapDay" });
    expect(read("0", true)).toBe("1904-01-01");
    expect(read("44469", true)).toBe("2025-10-01");
  });
});

describe("isCanonicalIsoDate (the fast path)", () => {
  it("accepts exactly the canonical form of real days", () => {
    expect(isCanonicalIsoDate("2025-10-01")).toBe(true);
    expect(isCanonicalIsoDate("2024-02-29")).toBe(true);
    expect(isCanonicalIsoDate("2025-02-29")).toBe(false);
    expect(isCanonicalIsoDate("2025-00-10")).toBe(false);
    expect(isCanonicalIsoDate("2025-10-00")).toBe(false);
    expect(isCanonicalIsoDate("2025-1-01")).toBe(false);
    expect(isCanonicalIsoDate("2025/10/01")).toBe(false);
    expect(isCanonicalIsoDate("0000-01-01")).toBe(false);
    expect(isCanonicalIsoDate("２０２５-10-01")).toBe(false);
  });
});

describe("canonicalIsoDateKey (shares equal date cells)", () => {
  it("numbers days as year × 372 + (month − 1) × 31 + day − 1", () => {
    expect(canonicalIsoDateKey("1900-01-01")).toBe(1900 * 372);
    expect(canonicalIsoDateKey("2025-10-01")).toBe(2025 * 372 + 9 * 31);
    expect(canonicalIsoDateKey("2025-12-31")).toBe(2025 * 372 + 11 * 31 + 30);
    expect(canonicalIsoDateKey("2025-02-29")).toBe(-1);
    expect(canonicalIsoDateKey("2025/10/01")).toBe(-1);
  });

  it("accepts the 29th–31st exactly in the months that have them (leap years too)", () => {
    for (const year of [1900, 2000, 2023, 2024]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 26; day <= 32; day++) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          const real = day <= daysInMonth(year, month);
          expect([text, canonicalIsoDateKey(text) >= 0]).toEqual([text, real]);
        }
      }
    }
    // Hand-checked: 1900 is not a leap year (Gregorian), 2000 is.
    expect(canonicalIsoDateKey("1900-02-29")).toBe(-1);
    expect(canonicalIsoDateKey("2000-02-29")).toBe(2000 * 372 + 31 + 28);
    expect(canonicalIsoDateKey("2025-04-31")).toBe(-1);
  });

  it("gives distinct days distinct keys, in date order", () => {
    // Day numbers from 0001-01-01 to 9999-12-31 (days since 1970-01-01).
    const day = fc.integer({ min: -719162, max: 2932896 });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const ka = canonicalIsoDateKey(fromDayNumber(a));
        const kb = canonicalIsoDateKey(fromDayNumber(b));
        expect(ka).toBeGreaterThanOrEqual(0);
        expect(Math.sign(ka - kb)).toBe(Math.sign(a - b));
      }),
    );
  });
});
