import { companyEligibility, DECLARATIONS } from "../../../shared/rules/company-eligibility";
import { many, roster } from "./roster-factory";

describe("companyEligibility", () => {
  it("combines E1, E2 and the category ratios", () => {
    const result = companyEligibility(
      roster(
        { employeeId: "1", workplace: "tokyo", employmentInsurance: true, gender: "woman" },
        { employeeId: "2", workplace: "tokyo", employmentInsurance: true },
        {
          employeeId: "3",
          category: "パートタイマー",
          employmentType: "nonRegular",
          gender: "woman",
        },
        { employeeId: "4", employmentType: "dispatched" },
      ),
      "2025-06-01",
    );
    expect(result.regularlyEmployed.count).toBe(2);
    expect(result.tokyoInsured.satisfied).toBe(true);
    expect(result.rosterConditionsMet).toBe(true);
    expect(result.dispatchedExcluded).toBe(1);
    expect(result.categories.map((c) => [c.category, c.femaleRatioPercent])).toEqual([
      ["総合職", 50],
      ["パートタイマー", 100],
    ]);
  });

  it("fails when over 300 regardless of E2, and is unknown when E2 is unknown", () => {
    expect(
      companyEligibility(
        roster(...many(301, "E", { workplace: "tokyo", employmentInsurance: true })),
      ).rosterConditionsMet,
    ).toBe(false);
    expect(companyEligibility(roster({ employeeId: "1" })).rosterConditionsMet).toBeNull();
  });

  it("lists the declarations p.1 (1) and (4)–(19), bilingual, never computed", () => {
    expect(DECLARATIONS.map((d) => d.id)).toEqual([
      "(1)",
      ...Array.from({ length: 16 }, (_, i) => `(${i + 4})`),
    ]);
    for (const d of DECLARATIONS) {
      expect(d.ja.length).toBeGreaterThan(0);
      expect(d.en.length).toBeGreaterThan(0);
    }
  });
});
