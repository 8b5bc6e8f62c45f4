import type { EmploymentType, Gender, Worker } from "../../../shared/roster/worker";
import { wageGap } from "../../../shared/rules/wage-gap";

let row = 1;
function worker(
  gender: Gender,
  employmentType: EmploymentType,
  annualWage: number | undefined,
  weeklyHours?: number,
): Worker {
  row++;
  return {
    row,
    employeeId: `E${row}`,
    gender,
    category: employmentType === "regular" ? "総合職" : "パート",
    employmentType,
    grade: "none",
    positionAllowance: 0,
    annualWage,
    weeklyHours,
  };
}
const times = (n: number, make: () => Worker): Worker[] => Array.from({ length: n }, make);

describe("wageGap: hand-computed figures", () => {
  // 正規: women 4,000,000 ×2 + 5,000,000 = 13,000,000 / 3; men 6,500,000 ×2 = 13,000,000 / 2.
  // gap = (13,000,000/3) / 6,500,000 × 100 = 66.666… → 66.7
  // 非正規: women 1,500,000 ×4 = 6,000,000 / 4; men 2,000,000 / 1 → 75.0
  // 全労働者: women 19,000,000 / 7 = 2,714,285.71…; men 15,000,000 / 3 = 5,000,000 → 54.285… → 54.3
  //   (the average of 66.7 and 75.0 would be 70.85: combined totals differ)
  const roster = [
    worker("woman", "regular", 4_000_000),
    worker("woman", "regular", 4_000_000),
    worker("woman", "regular", 5_000_000),
    worker("man", "regular", 6_500_000),
    worker("man", "regular", 6_500_000),
    ...times(4, () => worker("woman", "nonRegular", 1_500_000)),
    worker("man", "nonRegular", 2_000_000),
  ];
  const result = wageGap(roster);

  it("computes each group", () => {
    expect(result.regular.percent).toBe(66.7);
    expect(result.regular.women).toEqual({
      headcount: 3,
      totalWage: 13_000_000,
      meanWage: 13_000_000 / 3,
    });
    expect(result.regular.men).toEqual({
      headcount: 2,
      totalWage: 13_000_000,
      meanWage: 6_500_000,
    });
    expect(result.nonRegular.percent).toBe(75);
    expect(result.regular.reason).toBeUndefined();
  });

  it("uses combined totals and headcounts for 全労働者, not the average of the groups", () => {
    expect(result.all.percent).toBe(54.3);
    expect(result.all.women).toEqual({
      headcount: 7,
      totalWage: 19_000_000,
      meanWage: 19_000_000 / 7,
    });
    expect(result.all.men).toEqual({ headcount: 3, totalWage: 15_000_000, meanWage: 5_000_000 });
    expect(result.all.percent).not.toBe((result.regular.percent! + result.nonRegular.percent!) / 2);
  });

  it("does not use the hours conversion unless asked", () => {
    expect(result.fullTimeHours).toBeNull();
    expect(result.excludedNoWage).toBe(0);
    expect(result.notes.some((n) => n.ja.includes("換算"))).toBe(false);
  });
});

describe("wageGap: rounding half up at the boundary, exactly", () => {
  it("66.65 exactly → 66.7 (a float computation gives 66.6)", () => {
    // 1,333,000 / 2,000,000 × 100 = 66.65 exactly.
    expect((1_333_000 / 2_000_000) * 100).toBeLessThan(66.65); // the float trap this avoids
    const r = wageGap([worker("woman", "regular", 1_333_000), worker("man", "regular", 2_000_000)]);
    expect(r.regular.percent).toBe(66.7);
  });

  it("just below 66.65 → 66.6", () => {
    // 1,332,999 / 2,000,000 × 100 = 66.64995
    const r = wageGap([worker("woman", "regular", 1_332_999), worker("man", "regular", 2_000_000)]);
    expect(r.regular.percent).toBe(66.6);
  });

  it("x.x5 with means that are not whole yen", () => {
    // Women: 3 people, 2,000,001 in all; men: 1 person, 2,000,000 → ratio 2,000,001 / 6,000,000
    // = 33.33335 % → 33.3 (half up only at the second decimal: 33.33|335 → 33.3)
    const r = wageGap([
      worker("woman", "regular", 2_000_001),
      worker("woman", "regular", 0),
      worker("woman", "regular", 0),
      worker("man", "regular", 2_000_000),
    ]);
    expect(r.regular.percent).toBe(33.3);
    // 7 women with 6,996,500 in all vs 1 man with 2,000,000: 6,996,500/14,000,000 = 49.975 % → 50.0
    const s = wageGap([
      worker("woman", "nonRegular", 6_996_500),
      ...times(6, () => worker("woman", "nonRegular", 0)),
      worker("man", "nonRegular", 2_000_000),
    ]);
    expect(s.nonRegular.percent).toBe(50);
  });

  it("women paid more than men gives a figure above 100", () => {
    const r = wageGap([worker("woman", "regular", 5_000_000), worker("man", "regular", 4_000_000)]);
    expect(r.regular.percent).toBe(125);
  });
});

describe("wageGap: groups without a figure", () => {
  it("no women → null with a reason, never 0", () => {
    const r = wageGap([
      worker("man", "regular", 5_000_000),
      worker("woman", "nonRegular", 1_000_000),
    ]);
    expect(r.regular.percent).toBeNull();
    expect(r.regular.reason?.ja).toBe("女性がいないため算出できません");
    expect(r.regular.women).toEqual({ headcount: 0, totalWage: 0, meanWage: null });
    expect(r.nonRegular.percent).toBeNull();
    expect(r.nonRegular.reason?.ja).toBe("男性がいないため算出できません");
    expect(r.all.percent).toBe(20);
  });

  it("an empty group", () => {
    const r = wageGap([]);
    expect(r.all.percent).toBeNull();
    expect(r.all.reason?.ja).toBe("対象となる労働者がいないため算出できません");
  });

  it("men's total wage 0 → null; women's total 0 → 0.0", () => {
    const r = wageGap([worker("woman", "regular", 100), worker("man", "regular", 0)]);
    expect(r.regular.percent).toBeNull();
    expect(r.regular.reason?.ja).toBe("男性の賃金総額が0円のため算出できません");
    const s = wageGap([worker("woman", "regular", 0), worker("man", "regular", 100)]);
    expect(s.regular.percent).toBe(0);
  });
});

describe("wageGap: who is counted", () => {
  it("leaves dispatched workers out and says so", () => {
    const base = [worker("woman", "regular", 3_000_000), worker("man", "regular", 4_000_000)];
    const withDispatched = [
      ...base,
      worker("woman", "dispatched", 100_000_000),
      worker("man", "dispatched", 1),
    ];
    const r = wageGap(withDispatched);
    expect(r.regular.percent).toBe(75);
    expect(r.all.women.headcount).toBe(1);
    expect(r.all.men.headcount).toBe(1);
    expect(r.notes.some((n) => n.ja.startsWith("派遣労働者2人"))).toBe(true);
    expect(wageGap(base).notes.some((n) => n.ja.startsWith("派遣労働者"))).toBe(false);
  });

  it("leaves workers without a usable wage out, counts them and notes it", () => {
    const r = wageGap([
      worker("woman", "regular", 3_000_000),
      worker("woman", "regular", undefined),
      worker("man", "regular", 4_000_000),
      worker("man", "nonRegular", Number.NaN),
      worker("man", "nonRegular", -5),
      worker("woman", "dispatched", undefined), // dispatched: not counted at all
    ]);
    expect(r.excludedNoWage).toBe(3);
    expect(r.regular.percent).toBe(75);
    expect(r.notes.map((n) => n.ja)).toContain(
      "年間賃金が未入力または不正な3人を集計から除いています。公表前に入力してください",
    );
  });
});

describe("wageGap: hours conversion", () => {
  // Regular: woman 40h 4,000,000; men 2 × 40h 5,000,000 → full time 40h (the mode).
  // Non-regular: women 2 × 20h 1,000,000 (= 1.0 person); man 40h 2,400,000.
  const roster = [
    worker("woman", "regular", 4_000_000, 40),
    worker("man", "regular", 5_000_000, 40),
    worker("man", "regular", 5_000_000, 40),
    worker("woman", "nonRegular", 1_000_000, 20),
    worker("woman", "nonRegular", 1_000_000, 20),
    worker("man", "nonRegular", 2_400_000, 40),
  ];

  it("without conversion: 1,000,000 / 2,400,000 = 41.66… → 41.7; all 48.4", () => {
    const r = wageGap(roster);
    expect(r.nonRegular.percent).toBe(41.7);
    // all: women 6,000,000/3 = 2,000,000; men 12,400,000/3 → 48.387… → 48.4
    expect(r.all.percent).toBe(48.4);
  });

  it("with conversion: two 20h-of-40h women count as one person", () => {
    const r = wageGap(roster, { hoursConversion: true });
    expect(r.fullTimeHours).toBe(40);
    expect(r.nonRegular.women).toEqual({ headcount: 1, totalWage: 2_000_000, meanWage: 2_000_000 });
    // 2,000,000 / 2,400,000 = 83.33… → 83.3
    expect(r.nonRegular.percent).toBe(83.3);
    // all: women 6,000,000 / 2 = 3,000,000; men 12,400,000 / 3 → 72.58… → 72.6
    expect(r.all.women.headcount).toBe(2);
    expect(r.all.percent).toBe(72.6);
    // Regular workers are never converted.
    expect(r.regular.percent).toBe(80);
    const note = r.notes.find((n) => n.ja.includes("換算"));
    expect(note?.ja).toContain("【公表時に注記が必要】");
    expect(note?.ja).toContain("40時間");
    expect(note?.ja).toContain("短時間労働者2人");
  });

  it("takes the most common regular schedule as full time, else 40", () => {
    const r = wageGap(
      [
        worker("woman", "regular", 3_000_000, 37.5),
        worker("man", "regular", 3_000_000, 37.5),
        worker("man", "regular", 3_000_000, 30),
        worker("woman", "nonRegular", 1_000_000, 15),
        worker("man", "nonRegular", 1_000_000, 37.5),
      ],
      { hoursConversion: true },
    );
    expect(r.fullTimeHours).toBe(37.5);
    // 15 / 37.5 = 0.4 person earning 1,000,000 → mean 2,500,000 vs 1,000,000 → 250.0
    expect(r.nonRegular.women.headcount).toBeCloseTo(0.4, 12);
    expect(r.nonRegular.percent).toBe(250);
    const none = wageGap([worker("woman", "nonRegular", 1, 20)], { hoursConversion: true });
    expect(none.fullTimeHours).toBe(40);
  });

  it("uses a given full-time week, and falls back with a note when it is not in (0, 168]", () => {
    expect(wageGap(roster, { hoursConversion: true, fullTimeHours: 32 }).fullTimeHours).toBe(32);
    expect(wageGap(roster, { hoursConversion: true, fullTimeHours: 168 }).fullTimeHours).toBe(168);
    for (const given of [-1, 0, 200]) {
      const r = wageGap(roster, { hoursConversion: true, fullTimeHours: given });
      expect(r.fullTimeHours).toBe(40);
      expect(
        r.notes.some((n) => n.ja.includes(`（${given}）が 0 より大きく 168 以下の数ではない`)),
      ).toBe(true);
    }
  });

  it("counts a non-regular worker without hours as one person and notes it", () => {
    const r = wageGap(
      [worker("woman", "nonRegular", 1_000_000), worker("man", "nonRegular", 2_000_000, 40)],
      { hoursConversion: true },
    );
    expect(r.nonRegular.women.headcount).toBe(1);
    expect(r.nonRegular.percent).toBe(50);
    expect(r.notes.some((n) => n.ja.startsWith("週所定労働時間が未入力の非正規従業員1人"))).toBe(
      true,
    );
  });
});

describe("wageGap: notes", () => {
  it("records exclusions once each, as the user's entry, and always the 2026 publication duty", () => {
    const r = wageGap([worker("woman", "regular", 1), worker("man", "regular", 1)], {
      exclusions: ["commuting", "retirement", "commuting"],
    });
    const exclusion = r.notes.filter((n) => n.ja.includes("通勤手当"));
    expect(exclusion).toHaveLength(1);
    expect(exclusion[0]!.ja).toContain("通勤手当・退職手当を除いています（男女とも同じ扱い）");
    expect(exclusion[0]!.ja).toContain("除いた額で入力されている前提");
    expect(r.notes[r.notes.length - 1]!.ja).toContain("101人以上");
    expect(wageGap([]).notes.some((n) => n.ja.includes("通勤手当"))).toBe(false);
  });

  it("flags exactly the method choices as notes that must be published, in step with their mark", () => {
    const plain = wageGap([worker("woman", "regular", 1), worker("man", "regular", 1)]);
    expect(plain.notes.filter((n) => n.mustPublish)).toEqual([]);
    const r = wageGap(
      [
        worker("woman", "regular", 1, 40),
        worker("man", "regular", 1, 40),
        worker("woman", "nonRegular", 1, 20),
        worker("man", "dispatched", 1),
      ],
      { hoursConversion: true, exclusions: ["retirement"] },
    );
    // Method, dispatched, hours conversion, exclusions, 2026 duty: only the middle two are choices.
    expect(r.notes.map((n) => n.mustPublish)).toEqual([false, false, true, true, false]);
    for (const n of r.notes) expect(n.ja.startsWith("【公表時に注記が必要】")).toBe(n.mustPublish);
    for (const n of r.notes)
      expect(n.en.startsWith("[Must be published with the figures]")).toBe(n.mustPublish);
  });

  it("keeps the notes in their order: method, who is left out, the full-time hours, the rest", () => {
    const officer: Worker = { ...worker("woman", "regular", 9_000_000, 40), grade: "officer" };
    const r = wageGap(
      [
        worker("woman", "regular", 1, 40),
        worker("man", "regular", 1, 40),
        worker("woman", "nonRegular", 1, 20),
        worker("man", "nonRegular", undefined, 20),
        worker("man", "dispatched", 1),
        officer,
      ],
      { hoursConversion: true, fullTimeHours: -1 },
    );
    const marks = [
      "男女の賃金の差異は、",
      "派遣労働者1人",
      "役員1人",
      "週所定労働時間（-1）",
      "不正な1人",
      "短時間労働者1人",
      "2026年4月1日から",
    ];
    expect(r.notes).toHaveLength(marks.length);
    r.notes.forEach((note, i) => expect(note.ja).toContain(marks[i]));
  });
});
