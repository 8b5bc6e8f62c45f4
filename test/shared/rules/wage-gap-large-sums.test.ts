import type { EmploymentType, Gender, Worker } from "../../../shared/roster/worker";
import { wageGap } from "../../../shared/rules/wage-gap";

let row = 1;
function worker(gender: Gender, employmentType: EmploymentType, annualWage: number): Worker {
  row++;
  return {
    row,
    employeeId: `E${row}`,
    gender,
    category: "総合職",
    employmentType,
    grade: "none",
    positionAllowance: 0,
    annualWage,
  };
}

describe("wageGap: sums past Number.MAX_SAFE_INTEGER (≈ 9.007e15) stay exact, per type and sex", () => {
  it("moves each group's running sum into its own BigInt tally", () => {
    // Each wage is a safe integer; two of them in one group are not, so every group flushes.
    // 正規: women (9e15 + 7e15) / 2 = 8e15; men (5e15 + 5e15) / 2 = 5e15 → 160.0
    // 非正規: women (9e15 + 9e15) / 2 = 9e15; men (6e15 + 6e15) / 2 = 6e15 → 150.0
    // 全労働者: women 34e15 / 4 = 8.5e15; men 22e15 / 4 = 5.5e15 → 154.545… → 154.5
    const result = wageGap([
      worker("woman", "regular", 9e15),
      worker("man", "regular", 5e15),
      worker("woman", "nonRegular", 9e15),
      worker("man", "nonRegular", 6e15),
      worker("woman", "regular", 7e15),
      worker("man", "regular", 5e15),
      worker("woman", "nonRegular", 9e15),
      worker("man", "nonRegular", 6e15),
    ]);
    expect(result.regular.percent).toBe(160);
    expect(result.nonRegular.percent).toBe(150);
    expect(result.all.percent).toBe(154.5);
  });
});
