import fc from "fast-check";
import type { Worker } from "../../../shared/roster/worker";
import { companyEligibility } from "../../../shared/rules/company-eligibility";
import { evaluateApplication } from "../../../shared/rules/evaluate";
import { buildStatsRecord, RecordRefused } from "../../../shared/stats/build-record";
import { newSubmissionId } from "../../../shared/stats/submission-id";
import { application, many, roster } from "./roster-factory";

// Issue 16 §1: the projected grant holds only for a 支給対象事業者 (p.1 (2)).
const AS_OF = "2025-06-30";
const TRAINED = { trainingDate: "2025-12-10" };
const TOKYO = { workplace: "tokyo" as const, employmentInsurance: true };

/** One woman promoted to 課長級 (action A) on top of `others` regular men in 総合職. */
function company(others: number, extra: Parameters<typeof roster>[number][] = []) {
  const before = roster(
    { employeeId: "W1", gender: "woman", ...TOKYO },
    ...many(others, "M", TOKYO),
    ...extra,
  );
  const after = roster(
    {
      employeeId: "W1",
      gender: "woman",
      grade: "sectionChief",
      appointmentDate: "2025-10-01",
      ...TOKYO,
      ...TRAINED,
    },
    ...many(others, "M", { ...TOKYO, ...TRAINED }),
    ...extra.map((e) => ({ ...e, ...TRAINED })),
  );
  return { before, after };
}

const APP_A = application(["A"], { A: "総合職" });

function evaluate(before: Worker[], after: Worker[]) {
  return evaluateApplication(APP_A, before, after, { applicationDate: AS_OF });
}

describe("the projected grant gated on company eligibility", () => {
  it("exactly 300 regularly employed: ¥300,000 projected", () => {
    const { before, after } = company(299);
    const result = evaluate(before, after);
    expect(result.company.regularlyEmployed.count).toBe(300);
    expect(result.company.rosterConditionsMet).toBe(true);
    expect(result.actions.A.achieved).toBe(true);
    expect(result.grant).toMatchObject({ yen: 300_000, status: "projected" });
  });

  it("301 regularly employed: ¥0, the eligibility reason first", () => {
    const { before, after } = company(300);
    const result = evaluate(before, after);
    expect(result.company.regularlyEmployed.count).toBe(301);
    expect(result.actions.A.achieved).toBe(true);
    expect(result.grant.yen).toBe(0);
    expect(result.grant.status).toBe("ineligible");
    expect(result.grant.reasons[0]!.ja).toContain("支給対象事業者");
    expect(result.grant.reasons[1]!.ja).toContain("301 人");
  });

  it("no Tokyo-based insured regularly employed worker: ¥0", () => {
    const outside = { workplace: "outside" as const, employmentInsurance: true };
    const before = roster(
      { employeeId: "W1", gender: "woman", ...outside },
      { employeeId: "M1", ...outside },
    );
    const after = roster(
      {
        employeeId: "W1",
        gender: "woman",
        grade: "sectionChief",
        appointmentDate: "2025-10-01",
        ...outside,
        ...TRAINED,
      },
      { employeeId: "M1", ...outside, ...TRAINED },
    );
    const result = evaluate(before, after);
    expect(result.company.tokyoInsured.satisfied).toBe(false);
    expect(result.grant).toMatchObject({ yen: 0, status: "ineligible" });
  });

  it("E2 cannot be established (勤務地 blank for all): unknown, not a figure", () => {
    const before = roster({ employeeId: "W1", gender: "woman" }, { employeeId: "M1" });
    const after = roster(
      {
        employeeId: "W1",
        gender: "woman",
        grade: "sectionChief",
        appointmentDate: "2025-10-01",
        ...TRAINED,
      },
      { employeeId: "M1", ...TRAINED },
    );
    const result = evaluate(before, after);
    expect(result.company.rosterConditionsMet).toBeNull();
    expect(result.grant).toMatchObject({ yen: 0, status: "unknown" });
    expect(result.grant.reasons[0]!.ja).toContain("判断できない");
  });

  describe("a 有期 worker hired 11 months before the application date, on top of 300", () => {
    const fixed = {
      employeeId: "F1",
      employmentType: "nonRegular" as const,
      term: "fixed" as const,
      hireDate: "2024-07-30",
      category: "パートタイマー",
    };

    it("without 1年以上雇用見込み: 300 counted, whether it is ≤ 300 is unknown, the count may be low", () => {
      const { before, after } = company(299, [fixed]);
      const result = evaluate(before, after);
      expect(result.company.regularlyEmployed).toMatchObject({
        count: 300,
        uncertain: 1,
        atMost: 301,
        status: "unknown",
      });
      expect(result.company.regularlyEmployed.reasons[1]!.ja).toContain("少なく出ている可能性");
      expect(result.grant).toMatchObject({ yen: 0, status: "unknown" });
    });

    it("with 見込み はい: 常時雇用 from hiring (p.22 (2)イ), 301, not eligible", () => {
      const { before, after } = company(299, [{ ...fixed, expectedOneYear: true }]);
      const result = evaluate(before, after);
      expect(result.company.regularlyEmployed).toMatchObject({ count: 301, status: "notMet" });
      expect(result.grant).toMatchObject({ yen: 0, status: "ineligible" });
    });

    it("with 見込み いいえ: not 常時雇用, 300, eligible", () => {
      const { before, after } = company(299, [{ ...fixed, expectedOneYear: false }]);
      const result = evaluate(before, after);
      expect(result.company.regularlyEmployed).toMatchObject({
        count: 300,
        uncertain: 0,
        status: "met",
      });
      expect(result.grant).toMatchObject({ yen: 300_000, status: "projected" });
    });

    it("at 12 months (hired 2024-06-30) the worker counts without any 見込み", () => {
      const { before } = company(299, [{ ...fixed, hireDate: "2024-06-30" }]);
      expect(companyEligibility(before, AS_OF).regularlyEmployed.count).toBe(301);
    });
  });

  it("the stats record refuses an ineligible company and carries ¥0 for an unknown one", () => {
    const record = (before: Worker[], after: Worker[]) =>
      buildStatsRecord({
        round: { fiscalYear: 2025, round: 1 },
        industry: "E",
        application: before,
        report: after,
        evaluation: evaluate(before, after),
        regularlyEmployed: 200,
        submissionId: newSubmissionId(),
      });
    const outside = roster({ employeeId: "M1", workplace: "outside", employmentInsurance: true });
    expect(() => record(outside, outside)).toThrow(RecordRefused);
    const { before, after } = company(2);
    expect(record(before, after).projectedGrantYen).toBe(300_000);
    const blank = roster({ employeeId: "W1", gender: "woman" }, { employeeId: "M1" });
    const blankAfter = roster(
      {
        employeeId: "W1",
        gender: "woman",
        grade: "sectionChief",
        appointmentDate: "2025-10-01",
        ...TRAINED,
      },
      { employeeId: "M1", ...TRAINED },
    );
    expect(record(blank, blankAfter).projectedGrantYen).toBe(0);
  });
});

describe("property: 1年以上雇用見込み only ever settles the uncertain workers", () => {
  const person = fc.record({
    fixed: fc.boolean(),
    monthsBefore: fc.option(fc.integer({ min: 0, max: 36 }), { nil: undefined }),
    expected: fc.constantFrom(true, false, undefined),
  });
  it("definite ≤ count ≤ atMost, and filling the column never moves a worker outside [count, atMost]", () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 30 }), (people) => {
        const hire = (m: number | undefined) =>
          m === undefined
            ? undefined
            : `${2025 - Math.floor((m + 6) / 12)}-${String(((6 - (m % 12) + 11) % 12) + 1).padStart(2, "0")}-15`;
        const base = people.map((p, i) => ({
          employeeId: `P${i}`,
          employmentType: "nonRegular" as const,
          term: p.fixed ? ("fixed" as const) : ("indefinite" as const),
          hireDate: hire(p.monthsBefore),
        }));
        const blank = companyEligibility(roster(...base), AS_OF).regularlyEmployed;
        const filled = companyEligibility(
          roster(...base.map((w, i) => ({ ...w, expectedOneYear: people[i]!.expected }))),
          AS_OF,
        ).regularlyEmployed;
        expect(blank.count + blank.uncertain).toBe(blank.atMost);
        expect(filled.count).toBeGreaterThanOrEqual(blank.count);
        expect(filled.atMost).toBeLessThanOrEqual(blank.atMost);
        expect(filled.count).toBeLessThanOrEqual(blank.atMost);
      }),
    );
  });
});
