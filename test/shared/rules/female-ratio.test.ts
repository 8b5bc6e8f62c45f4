import fc from "fast-check";
import {
  categoryRatio,
  femaleRatioByCategory,
  formatPercent,
  isBelow40,
  ratioPercent,
} from "../../../shared/rules/female-ratio";
import { many, roster } from "./roster-factory";

describe("isBelow40", () => {
  it("exactly 40% (2 of 5) does not qualify", () => {
    expect(isBelow40(2, 5)).toBe(false);
    expect(isBelow40(40, 100)).toBe(false);
  });
  it("just under 40% qualifies", () => {
    expect(isBelow40(1, 3)).toBe(true); // 33.3%
    expect(isBelow40(39, 100)).toBe(true);
    expect(isBelow40(0, 1)).toBe(true);
    expect(isBelow40(399_999, 1_000_000)).toBe(true);
  });
  it("above 40% or an empty category does not qualify", () => {
    expect(isBelow40(1, 2)).toBe(false);
    expect(isBelow40(0, 0)).toBe(false);
  });
  it("rejects impossible counts", () => {
    expect(() => isBelow40(3, 2)).toThrow(RangeError);
    expect(() => isBelow40(-1, 2)).toThrow(RangeError);
    expect(() => isBelow40(0.5, 2)).toThrow(RangeError);
  });
});

describe("ratioPercent", () => {
  it("rounds half up to one decimal", () => {
    expect(ratioPercent(1, 3)).toBe(33.3);
    expect(ratioPercent(2, 3)).toBe(66.7);
    expect(ratioPercent(1, 8)).toBe(12.5);
    expect(ratioPercent(1, 80)).toBe(1.3); // 1.25 → 1.3
    expect(ratioPercent(1, 400)).toBe(0.3); // 0.25 → 0.3
    expect(ratioPercent(1, 800)).toBe(0.1); // 0.125 → 0.1
    expect(ratioPercent(2, 5)).toBe(40);
    expect(ratioPercent(5, 5)).toBe(100);
    expect(ratioPercent(0, 7)).toBe(0);
  });
  it("has no ratio for an empty category", () => {
    expect(ratioPercent(0, 0)).toBeNull();
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(40)).toBe("40.0%");
  });
  it("a value that displays as 40.0% can still be below 40% (compare integers, not rounded)", () => {
    expect(ratioPercent(3999, 10000)).toBe(40);
    expect(isBelow40(3999, 10000)).toBe(true);
  });
});

describe("femaleRatioByCategory", () => {
  it("lists categories in order of first appearance with their counts", () => {
    const workers = roster(
      { employeeId: "1", category: "一般職", gender: "woman" },
      { employeeId: "2", category: "総合職" },
      { employeeId: "3", category: "一般職" },
      { employeeId: "4", category: "総合職", gender: "woman" },
      { employeeId: "5", category: "総合職" },
      { employeeId: "6", category: "一般職" },
    );
    expect(femaleRatioByCategory(workers)).toEqual([
      { category: "一般職", total: 3, women: 1, men: 2, femaleRatioPercent: 33.3, below40: true },
      { category: "総合職", total: 3, women: 1, men: 2, femaleRatioPercent: 33.3, below40: true },
    ]);
  });

  it("excludes dispatched workers, who would otherwise turn 40% into 33.3%", () => {
    const workers = roster(...many(2, "W", { gender: "woman" }), ...many(3, "M"), {
      employeeId: "D1",
      employmentType: "dispatched",
    });
    const [ratio] = femaleRatioByCategory(workers);
    expect(ratio).toEqual({
      category: "総合職",
      total: 5,
      women: 2,
      men: 3,
      femaleRatioPercent: 40,
      below40: false,
    });
  });

  it("keeps a category of dispatched workers only, with no ratio", () => {
    const workers = roster(
      { employeeId: "1" },
      { employeeId: "2", category: "派遣スタッフ", employmentType: "dispatched", gender: "woman" },
    );
    expect(femaleRatioByCategory(workers)[1]).toEqual({
      category: "派遣スタッフ",
      total: 0,
      women: 0,
      men: 0,
      femaleRatioPercent: null,
      below40: false,
    });
  });

  it("matches categories after normalisation", () => {
    const workers = roster(
      { employeeId: "1", category: "ＳＥ", gender: "woman" },
      { employeeId: "2", category: "SE" },
    );
    expect(femaleRatioByCategory(workers)).toHaveLength(1);
    expect(categoryRatio(workers, " ＳＥ ").total).toBe(2);
    expect(categoryRatio(workers, "営業職")).toMatchObject({ total: 0, femaleRatioPercent: null });
  });
});

describe("ratio properties", () => {
  const counts = fc
    .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }))
    .map(([a, b]) => (a <= b ? { women: a, total: b } : { women: b, total: a }));

  it("percent is within 0–100, within 0.05 of the exact value, and equals a BigInt half-up reference", () => {
    fc.assert(
      fc.property(counts, ({ women, total }) => {
        const p = ratioPercent(women, total);
        if (total === 0) return p === null;
        if (p === null || p < 0 || p > 100) return false;
        const exact = (100 * women) / total;
        const reference =
          Number((2000n * BigInt(women) + BigInt(total)) / (2n * BigInt(total))) / 10;
        return Math.abs(p - exact) <= 0.05 + 1e-9 && p === reference;
      }),
    );
  });

  it("below40 agrees with the exact rational comparison women/total < 2/5", () => {
    fc.assert(
      fc.property(counts, ({ women, total }) => {
        const exact = total > 0 && BigInt(women) * 100n < BigInt(total) * 40n;
        return isBelow40(women, total) === exact;
      }),
    );
  });
});
