import { companyEligibility } from "../../../shared/rules/company-eligibility";
import { femaleRatioByCategory } from "../../../shared/rules/female-ratio";
import { officerRatio } from "../../../shared/rules/officer-ratio";
import { trainingCompletion } from "../../../shared/rules/training";
import { wageGap } from "../../../shared/rules/wage-gap";
import { PERIOD, roster } from "./roster-factory";

// Issue 16 §2: officers (役員) are not 労働者 unless also employees (使用人兼務役員).
const TRAINED = {
  trainingDate: "2025-12-10",
  workplace: "tokyo" as const,
  employmentInsurance: true,
};

function company(officerEmployee: boolean | undefined) {
  return roster(
    { employeeId: "W1", gender: "woman", annualWage: 4_000_000, ...TRAINED },
    { employeeId: "M1", annualWage: 5_000_000, ...TRAINED },
    // The officer: a man, untrained, with the highest wage; counts only when 使用人兼務.
    { employeeId: "O1", grade: "officer", annualWage: 12_000_000, officerEmployee },
    { employeeId: "O2", gender: "woman", grade: "officer" },
  );
}

describe("officers", () => {
  it("without 使用人兼務: only the officer ratio counts them", () => {
    const workers = company(undefined);
    const eligibility = companyEligibility(workers, "2025-06-30");
    expect(eligibility.regularlyEmployed.count).toBe(2);
    expect(eligibility.regularlyEmployed.officersExcluded).toBe(2);
    expect(eligibility.regularlyEmployed.reasons[0]!.ja).toContain("役員 2 人");
    expect(eligibility.officersExcluded).toBe(2);
    expect(eligibility.officers).toEqual({ women: 1, total: 2, alsoEmployees: 0, percent: 50 });
    // 総合職: W1 and M1 only → 1 of 2.
    expect(femaleRatioByCategory(workers)).toMatchObject([
      { category: "総合職", women: 1, total: 2 },
    ]);
    // Wage gap: 4M ÷ 5M = 80.0 (the officer's 12M is not a worker's wage).
    const gap = wageGap(workers);
    expect(gap.all.percent).toBe(80);
    expect(gap.notes.map((n) => n.ja).join()).toContain("役員2人");
    // Training: the untrained officers are not required.
    expect(trainingCompletion(workers, PERIOD)).toMatchObject({
      complete: true,
      total: 2,
      trained: 2,
    });
  });

  it("with 使用人兼務 はい: a worker in every count (and still never a manager)", () => {
    const workers = company(true);
    const eligibility = companyEligibility(workers, "2025-06-30");
    expect(eligibility.regularlyEmployed.count).toBe(3);
    expect(eligibility.officersExcluded).toBe(1);
    expect(eligibility.officers).toMatchObject({ women: 1, total: 2, alsoEmployees: 1 });
    expect(femaleRatioByCategory(workers)).toMatchObject([
      { category: "総合職", women: 1, total: 3 },
    ]);
    // 4M ÷ mean(5M, 12M) = 4 / 8.5 = 47.06 → 47.1.
    expect(wageGap(workers).all.percent).toBe(47.1);
    const training = trainingCompletion(workers, PERIOD);
    expect(training).toMatchObject({ complete: false, total: 3, trained: 2 });
    expect(training.missing.map((m) => m.employeeId)).toEqual(["O1"]);
  });

  it("使用人兼務 いいえ is the same as blank", () => {
    expect(companyEligibility(company(false)).regularlyEmployed.count).toBe(2);
  });

  it("the officer ratio: no officers → no ratio; 1 woman of 3 → 33.3%", () => {
    expect(officerRatio(roster({ employeeId: "A" })).percent).toBeNull();
    const three = roster(
      { employeeId: "O1", grade: "officer", gender: "woman" },
      { employeeId: "O2", grade: "officer" },
      { employeeId: "O3", grade: "officer", officerEmployee: true },
      { employeeId: "X", grade: "officer", employmentType: "dispatched", gender: "woman" },
    );
    expect(officerRatio(three)).toEqual({ women: 1, total: 3, alsoEmployees: 1, percent: 33.3 });
  });
});

describe("training covers the staff employed during the period (issue 16 §4)", () => {
  const base = { trainingDate: "2025-12-10" };
  it("a hire the day after the period's last day is not required; one hired on it is", () => {
    const workers = roster(
      { employeeId: "A", ...base },
      { employeeId: "LATE", hireDate: "2026-02-01" },
      { employeeId: "LAST", hireDate: "2026-01-31" },
    );
    const result = trainingCompletion(workers, PERIOD);
    expect(result).toMatchObject({
      complete: false,
      total: 2,
      trained: 1,
      hiredAfterPeriod: ["LATE"],
    });
    expect(result.missing.map((m) => m.employeeId)).toEqual(["LAST"]);
    expect(result.reasons.map((r) => r.ja).join("\n")).toContain(
      "実施期間の末日（2026-01-31）より後に採用された 1 人（LATE）",
    );
  });

  it("without LAST the training is complete despite the later hire", () => {
    const workers = roster(
      { employeeId: "A", ...base },
      { employeeId: "LATE", hireDate: "2026-02-01" },
    );
    expect(trainingCompletion(workers, PERIOD)).toMatchObject({ complete: true, total: 1 });
  });
});
