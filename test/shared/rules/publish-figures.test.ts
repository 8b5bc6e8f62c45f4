import { publishFigures } from "../../../shared/rules/publish-figures";
import { averageTenure, completedMonths } from "../../../shared/rules/tenure";
import { wageGap } from "../../../shared/rules/wage-gap";
import { roster } from "./roster-factory";

const AS_OF = "2025-10-01";

// 14 counted workers and one dispatched woman. Hand-computed figures in each test. The three
// officers are 使用人兼務役員 (officers who are also employees), so they count as 労働者.
const OFFICERS = [
  { employeeId: "O1", grade: "officer", hireDate: "2000-04-01", officerEmployee: true },
  {
    employeeId: "O2",
    gender: "woman",
    grade: "officer",
    hireDate: "2015-04-01",
    officerEmployee: true,
  },
  { employeeId: "O3", grade: "officer", hireDate: "2008-04-01", officerEmployee: true },
] as const;
const company = roster(
  ...OFFICERS,
  { employeeId: "W1", gender: "woman", grade: "sectionChief", hireDate: "2010-04-01" },
  { employeeId: "M1", grade: "director", hireDate: "2005-04-01" },
  { employeeId: "M2", grade: "sectionChief", hireDate: "2012-10-15" },
  { employeeId: "M6", grade: "sectionChief", hireDate: "2019-04-01" },
  { employeeId: "W2", gender: "woman", grade: "subsectionChief", hireDate: "2018-04-01" },
  { employeeId: "W5", gender: "woman", grade: "subsectionChief", hireDate: "2020-04-01" },
  { employeeId: "M3", grade: "subsectionChief", hireDate: "2016-04-01" },
  { employeeId: "M4", grade: "subsectionChief", hireDate: "2021-04-01" },
  {
    employeeId: "W3",
    gender: "woman",
    category: "パート",
    employmentType: "nonRegular",
    term: "fixed",
    hireDate: "2017-04-01",
  },
  {
    employeeId: "W4",
    gender: "woman",
    category: "パート",
    employmentType: "nonRegular",
    term: "fixed",
    hireDate: "2023-04-01",
  },
  { employeeId: "M5", category: "パート", employmentType: "nonRegular" },
  { employeeId: "X1", gender: "woman", category: "派遣", employmentType: "dispatched" },
);

describe("completedMonths", () => {
  it.each([
    ["2015-04-01", "2025-10-01", 126],
    ["2012-10-15", "2025-10-01", 155],
    ["2025-01-31", "2025-02-28", 0],
    ["2024-02-29", "2025-02-28", 11],
    ["2024-02-29", "2025-03-01", 12],
    ["2025-10-01", "2025-10-01", 0],
  ])("%s → %s is %i months", (from, to, months) => {
    expect(completedMonths(from, to)).toBe(months);
  });
});

describe("publishFigures: the MHLW database items, hand-computed", () => {
  const f = publishFigures(company, AS_OF);

  it("female worker ratio over counted workers: 6 women of 14 = 42.857… → 42.9 (dispatched left out)", () => {
    expect(f.femaleWorkerRatio).toEqual({ percent: 42.9, women: 6, total: 14 });
  });

  it("officers who are not also employees are not 労働者: 5 women of 11 = 45.45… → 45.5", () => {
    const plainOfficers = roster(
      ...company.map((w) => (w.grade === "officer" ? { ...w, officerEmployee: false } : w)),
    );
    const figures = publishFigures(plainOfficers, AS_OF);
    expect(figures.femaleWorkerRatio).toEqual({ percent: 45.5, women: 5, total: 11 });
    // …but they still make up the officer ratio: 1 woman of 3 officers.
    expect(figures.femaleOfficerRatio).toMatchObject({ percent: 33.3 });
  });

  it("per category: 総合職 4/11 = 36.4, パート 2/3 = 66.7; a dispatched-only category is not listed", () => {
    expect(f.femaleWorkerRatioByCategory.map((c) => [c.category, c.percent])).toEqual([
      ["総合職", 36.4],
      ["パート", 66.7],
    ]);
  });

  it("係長級 2/4 = 50.0, 管理職 1/4 = 25.0 (officers are not managers), 役員 1/3 = 33.3", () => {
    expect(f.femaleSectionChiefRatio).toEqual({ percent: 50, women: 2, total: 4 });
    expect(f.femaleManagerRatio).toEqual({ percent: 25, women: 1, total: 4 });
    expect(f.femaleOfficerRatio).toEqual({ percent: 33.3, women: 1, total: 3 });
  });

  it("average tenure in completed months ÷ 12: women 570/60 = 9.5, men 1163/84 = 13.845… → 13.8", () => {
    // Women: O2 126, W1 186, W2 90, W5 66, W3 102 (fixed term, 8.5 years > 5). W4 (2.5 years) is out.
    // Men: O1 306, O3 210, M1 246, M2 155, M6 78, M3 114, M4 54. M5 (fixed, no hire date) is out.
    expect(f.averageTenure.female).toEqual({ years: 9.5, counted: 5, withoutHireDate: 0 });
    expect(f.averageTenure.male).toEqual({ years: 13.8, counted: 7, withoutHireDate: 0 });
    expect(f.averageTenure.notes.map((n) => n.ja).join()).toContain("有期労働者 2 人は対象外");
  });

  it("keeps the MHLW wage gap with its notes", () => {
    expect(f.wageGap).toEqual(wageGap(company));
    expect(f.wageGap.notes.length).toBeGreaterThan(0);
  });
});

describe("publishFigures: what a roster cannot support is null with the reason", () => {
  it("a roster without 採用日 has no tenure figure, and says to enter it", () => {
    const noDates = roster(
      { employeeId: "A", gender: "woman" },
      { employeeId: "B" },
      { employeeId: "C" },
    );
    const t = averageTenure(noDates, AS_OF);
    expect(t.female.years).toBeNull();
    expect(t.male.years).toBeNull();
    expect(t.female.reason?.ja).toContain("採用日");
    expect(t.male).toMatchObject({ counted: 0, withoutHireDate: 2 });
  });

  it("a roster with no officers, no managers and no 係長級 has no such ratios", () => {
    const plain = roster({ employeeId: "A", gender: "woman" }, { employeeId: "B" });
    const f = publishFigures(plain, AS_OF);
    expect(f.femaleWorkerRatio.percent).toBe(50);
    expect(f.femaleOfficerRatio).toMatchObject({ percent: null, total: 0 });
    expect(f.femaleOfficerRatio.reason?.ja).toContain("役員がいない");
    expect(f.femaleManagerRatio.percent).toBeNull();
    expect(f.femaleSectionChiefRatio.percent).toBeNull();
  });

  it("with one sex missing, ratios are 100 or 0 but tenure and the wage gap have no figure for it", () => {
    const women = roster(
      {
        employeeId: "A",
        gender: "woman",
        grade: "sectionChief",
        hireDate: "2020-10-01",
        annualWage: 5_000_000,
      },
      { employeeId: "B", gender: "woman", hireDate: "2024-04-01", annualWage: 4_000_000 },
    );
    const f = publishFigures(women, AS_OF);
    expect(f.femaleWorkerRatio.percent).toBe(100);
    expect(f.femaleManagerRatio.percent).toBe(100);
    // (60 + 18) / 24 = 3.25 → 3.3 (half up)
    expect(f.averageTenure.female.years).toBe(3.3);
    expect(f.averageTenure.male.years).toBeNull();
    expect(f.averageTenure.male.reason?.ja).toContain("男性がいない");
    expect(f.wageGap.all.percent).toBeNull();
    expect(f.wageGap.all.reason?.ja).toContain("男性がいない");
  });

  it("leaves out a worker hired after the as-of date, and says so", () => {
    const t = averageTenure(
      roster(
        { employeeId: "A", hireDate: "2020-10-01" },
        { employeeId: "B", hireDate: "2026-01-01" },
      ),
      AS_OF,
    );
    expect(t.male).toEqual({ years: 5, counted: 1, withoutHireDate: 1 });
    expect(t.notes.map((n) => n.ja).join()).toContain("1 人を平均から除いています");
  });
});
