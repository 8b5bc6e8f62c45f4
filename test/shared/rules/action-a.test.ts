import { assessActionA } from "../../../shared/rules/action-a";
import { evaluateApplication } from "../../../shared/rules/evaluate";
import type { Worker } from "../../../shared/roster/worker";
import { application, roster } from "./roster-factory";

// 総合職: 1 woman of 4 (25%): below 40%. One female manager (W1) at application.
const before = (): Worker[] =>
  roster(
    { employeeId: "W1", gender: "woman", grade: "director" },
    { employeeId: "W2", gender: "woman", category: "一般職" },
    { employeeId: "M1", grade: "sectionChief" },
    { employeeId: "M2" },
    { employeeId: "M3" },
  );
const app = application(["A"], { A: "総合職" });

function reportWith(w2: Partial<Worker>, ...extra: Partial<Worker>[]): Worker[] {
  return roster(
    { employeeId: "W1", gender: "woman", grade: "director" },
    { employeeId: "W2", gender: "woman", category: "一般職", ...w2 },
    { employeeId: "M1", grade: "sectionChief" },
    { employeeId: "M2" },
    { employeeId: "M3" },
    ...(extra as { employeeId: string }[]),
  );
}

describe("action A 女性管理職の増加", () => {
  it("achieved by a promotion on the first day of the period", () => {
    const report = reportWith({ grade: "sectionChief", appointmentDate: "2025-08-01" });
    const a = assessActionA(app, before(), report);
    expect(a.result).toMatchObject({
      selected: true,
      eligibleAtApplication: true,
      before: 1,
      after: 2,
      candidates: ["W2"],
    });
    expect(a.ready).toBe(true);
    const result = evaluateApplication(app, before(), report).actions.A;
    expect(result).toMatchObject({ achieved: true, evidence: "W2", evidenceRow: 3 });
    const text = result.reasons.map((r) => r.ja);
    expect(text).toContain(
      "取組A: 増加対象とする雇用管理区分「総合職」の女性比率は 25.0%（4 人中女性 1 人）で、4 割を下回っています。",
    );
    expect(text).toContain("社内全体の女性管理職が 1 人 → 2 人で、1 人増えています。");
    expect(text).toContain("対象者: W2（実績報告時名簿 3 行目、就任日 2025-08-01）。");
    // W2 is in 一般職, not the applied 総合職: noted, not failed.
    expect(text.some((t) => t.startsWith("参考: 対象者 W2 の雇用管理区分は「一般職」"))).toBe(true);
  });

  it("the last day of the period counts; the days just outside do not", () => {
    const on = (appointmentDate: string) =>
      assessActionA(app, before(), reportWith({ grade: "sectionChief", appointmentDate }));
    expect(on("2026-01-31").result.candidates).toEqual(["W2"]);
    expect(on("2026-02-01").result.candidates).toEqual([]);
    expect(on("2025-07-31").result.candidates).toEqual([]);
    const outside = on("2025-07-31");
    expect(outside.ready).toBe(false);
    expect(outside.result.reasons.map((r) => r.ja)).toContain(
      "W2 は管理職になりましたが、就任日 2025-07-31 が実施期間（2025-08-01〜2026-01-31）外です。",
    );
  });

  it("fails on a net decrease even though a woman was promoted", () => {
    // W2 promoted, but W1 left and nobody replaced her: 1 → 1.
    const report = roster(
      { employeeId: "W2", gender: "woman", grade: "sectionChief", appointmentDate: "2025-09-01" },
      { employeeId: "M1", grade: "sectionChief" },
    );
    const result = evaluateApplication(app, before(), report).actions.A;
    expect(result).toMatchObject({
      before: 1,
      after: 1,
      candidates: ["W2"],
      achieved: false,
      evidence: null,
    });
    expect(result.reasons.map((r) => r.ja)).toContain(
      "社内全体の女性管理職が 1 人 → 1 人で、増えていません。",
    );
    // And a true decrease: W1 demoted, W3 hired as 一般.
    const down = roster({ employeeId: "W1", gender: "woman", grade: "none" });
    expect(assessActionA(app, before(), down).result.reasons.map((r) => r.ja)).toContain(
      "社内全体の女性管理職が 1 人 → 0 人で、1 人減っています。",
    );
  });

  it("a woman hired as a manager during the period counts (hire date when no appointment date)", () => {
    const report = reportWith(
      {},
      { employeeId: "N1", gender: "woman", grade: "director", hireDate: "2025-10-01" },
    );
    const result = evaluateApplication(app, before(), report).actions.A;
    expect(result).toMatchObject({
      before: 1,
      after: 2,
      achieved: true,
      evidence: "N1",
      evidenceRow: 7,
    });
    expect(result.reasons.map((r) => r.ja)).toContain(
      "実施期間（2025-08-01〜2026-01-31）中に管理職になった女性: N1（採用日 2025-10-01・新規採用）。",
    );
  });

  it("an officer (役員) is never a manager", () => {
    const report = reportWith({ grade: "officer", appointmentDate: "2025-09-01" });
    const a = assessActionA(app, before(), report);
    expect(a.result).toMatchObject({ before: 1, after: 1, candidates: [] });
  });

  it("a woman who was already a manager at application is not new", () => {
    const report = reportWith(
      {},
      { employeeId: "N1", gender: "woman", grade: "sectionChief", appointmentDate: "2025-09-01" },
    );
    const beforeWithN1 = [
      ...before(),
      ...roster({ employeeId: "N1", gender: "woman", grade: "director", row: 7 }),
    ];
    expect(assessActionA(app, beforeWithN1, report).result).toMatchObject({
      before: 2,
      after: 2,
      candidates: [],
    });
  });

  it("dispatched female managers are not counted", () => {
    const report = reportWith(
      {},
      {
        employeeId: "X1",
        gender: "woman",
        grade: "sectionChief",
        employmentType: "dispatched",
        appointmentDate: "2025-09-01",
      },
    );
    expect(assessActionA(app, before(), report).result).toMatchObject({ after: 1, candidates: [] });
  });

  it("a target category at exactly 40% is not eligible, even if a woman is promoted", () => {
    const at40 = roster(
      { employeeId: "W1", gender: "woman" },
      { employeeId: "W2", gender: "woman" },
      { employeeId: "M1" },
      { employeeId: "M2" },
      { employeeId: "M3" },
    );
    const report = roster({
      employeeId: "W1",
      gender: "woman",
      grade: "sectionChief",
      appointmentDate: "2025-09-01",
    });
    const result = evaluateApplication(app, at40, report).actions.A;
    expect(result).toMatchObject({ eligibleAtApplication: false, achieved: false });
    expect(result.reasons[0]!.ja).toBe(
      "取組A: 増加対象とする雇用管理区分「総合職」の女性比率は 40.0%（5 人中女性 2 人）で、4 割を下回っていません（ちょうど 4 割は対象外）。",
    );
  });

  it("a promotion with neither appointment nor hire date cannot be evidence", () => {
    const report = reportWith({ grade: "sectionChief" });
    const a = assessActionA(app, before(), report);
    expect(a.result.candidates).toEqual([]);
    expect(a.result.reasons.map((r) => r.ja)).toContain(
      "W2 は管理職になりましたが、就任日・採用日がないため実施期間中の就任か確認できません。",
    );
  });

  it("an unselected A is measured for information but never achieved", () => {
    const report = reportWith({ grade: "sectionChief", appointmentDate: "2025-09-01" });
    const result = evaluateApplication(application(["B"], { B: "総合職" }), before(), report)
      .actions.A;
    expect(result).toMatchObject({
      selected: false,
      eligibleAtApplication: null,
      before: 1,
      after: 2,
      achieved: false,
      evidence: null,
      candidates: ["W2"],
    });
  });
});
