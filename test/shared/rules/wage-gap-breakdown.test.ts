import { wageGapBreakdown } from "../../../shared/rules/wage-gap-breakdown";
import { many, roster } from "./roster-factory";

const AS_OF = "2025-10-01";

describe("wageGapBreakdown: the gap by 職階 and tenure, and what the grade mix explains", () => {
  // 部長級: 3 men at 10M (hired 2005: 10+ years). 一般: 3 women at 4M and 3 men at 5M (hired 2023: < 3 years).
  // All workers: women 12M/3 = 4M, men 45M/6 = 7.5M → 53.333… → 53.3.
  // Within-grade ratio where both sexes are: 4M/5M = 0.8. Women with men's mix:
  //   ½ × 4M + ½ × (10M × 0.8) = 6M → 6M/7.5M = 80.0. Explained: 80.0 − 53.3 = 26.7; rest 20.0.
  const workers = roster(
    ...many(3, "D", { grade: "director", hireDate: "2005-04-01", annualWage: 10_000_000 }),
    ...many(3, "W", { gender: "woman", hireDate: "2023-04-01", annualWage: 4_000_000 }),
    ...many(3, "M", { hireDate: "2023-04-01", annualWage: 5_000_000 }),
  );
  const b = wageGapBreakdown(workers, AS_OF);

  it("shows each grade with its headcounts, hiding a cell with fewer than 3 of a sex", () => {
    expect(b.byGrade.map((c) => [c.key, c.women, c.men, c.percent, c.hidden])).toEqual([
      ["director", 0, 3, null, true],
      ["none", 3, 3, 80, false],
    ]);
    expect(b.byGrade[0]!.reason?.ja).toContain("3人未満");
  });

  it("bands tenure from 採用日 to the as-of date: < 3 years and 10+ years here", () => {
    expect(b.byTenure.map((c) => [c.key, c.women, c.men, c.percent])).toEqual([
      ["under3", 3, 3, 80],
      ["10plus", 0, 3, null],
    ]);
  });

  it("says how many points the grade mix explains, in plain Japanese", () => {
    expect(b.gradeMix).toMatchObject({
      rawPercent: 53.3,
      reweightedPercent: 80,
      explainedPoints: 26.7,
    });
    expect(b.gradeMix.sentence.ja).toContain(
      "差異 53.3 のうち、職階の構成の違いで説明できるのは約 26.7 ポイント",
    );
    expect(b.gradeMix.sentence.ja).toContain("残る約 20.0 ポイント");
    expect(b.gradeMix.assumption?.ja).toContain("女性のいない職階（部長級）");
    expect(b.gradeMix.assumption?.ja).toContain("80.0%");
  });

  it("says so when women sit higher than men: the mix widens the gap instead", () => {
    // 部長級: 3 women at 9M, 1 man at 10M; 一般: 1 woman at 4M, 3 men at 5M.
    // Women 31M/4 = 7.75M, men 25M/4 = 6.25M → 124.0. With men's mix: ¼ × 9M + ¾ × 4M = 5.25M → 84.0.
    const high = roster(
      ...many(3, "DW", { gender: "woman", grade: "director", annualWage: 9_000_000 }),
      { employeeId: "DM", grade: "director", annualWage: 10_000_000 },
      { employeeId: "NW", gender: "woman", annualWage: 4_000_000 },
      ...many(3, "NM", { annualWage: 5_000_000 }),
    );
    const mix = wageGapBreakdown(high, AS_OF).gradeMix;
    expect(mix).toMatchObject({ rawPercent: 124, reweightedPercent: 84, explainedPoints: -40 });
    expect(mix.sentence.ja).toContain("職階の構成では説明できません");
    expect(mix.assumption).toBeUndefined();
  });

  it("has no explanation when no grade has both sexes, or one sex is missing altogether", () => {
    const apart = roster(
      // 使用人兼務役員: officers who are also employees, so their pay is in the gap.
      ...many(3, "O", { grade: "officer", annualWage: 9_000_000, officerEmployee: true }),
      ...many(3, "W", { gender: "woman", annualWage: 4_000_000 }),
    );
    const mix = wageGapBreakdown(apart, AS_OF).gradeMix;
    expect(mix.explainedPoints).toBeNull();
    expect(mix.sentence.ja).toContain("男女がともにいる職階がない");
    const womenOnly = roster(...many(3, "W", { gender: "woman", annualWage: 4_000_000 }));
    const none = wageGapBreakdown(womenOnly, AS_OF);
    expect(none.gradeMix.rawPercent).toBeNull();
    expect(none.gradeMix.explainedPoints).toBeNull();
    // No 採用日 at all: one "no hire date" band, hidden as there are no men.
    expect(none.byTenure.map((c) => [c.key, c.women, c.men, c.hidden])).toEqual([
      ["unknown", 3, 0, true],
    ]);
  });
});
