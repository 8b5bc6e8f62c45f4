import { japaneseHoliday, japaneseHolidayName } from "../../../shared/dates/japanese-holiday";

describe("japaneseHolidayName", () => {
  it.each([
    ["2025-09-15", "敬老の日"],
    ["2025-11-03", "文化の日"],
    ["2025-11-24", "勤労感謝の日 振替休日"],
    ["2026-01-01", "元日"],
    ["2026-01-12", "成人の日"],
    ["2026-09-22", "休日"],
  ])("%s is %s", (date, name) => {
    expect(japaneseHolidayName(date)).toBe(name);
  });

  it.each(["2025-09-16", "2025-12-29", "2026-01-05", "2025-11-22"])(
    "%s is not a public holiday",
    (date) => {
      expect(japaneseHolidayName(date)).toBeUndefined();
    },
  );

  it("gives the English name too", () => {
    expect(japaneseHoliday("2025-09-15")).toEqual({
      ja: "敬老の日",
      en: "Respect for the Aged Day",
    });
    expect(japaneseHoliday("2025-09-16")).toBeUndefined();
  });

  it("does not depend on the process time zone", () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = "America/Los_Angeles";
      expect(japaneseHolidayName("2025-09-15")).toBe("敬老の日");
      expect(japaneseHolidayName("2025-09-14")).toBeUndefined();
    } finally {
      process.env.TZ = saved;
    }
  });
});
