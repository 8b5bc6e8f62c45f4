import { checkApplication } from "../../../shared/rules/application-check";
import { application, roster } from "./roster-factory";

const workers = roster(
  { employeeId: "1", category: "総合職" },
  { employeeId: "2", category: "パートタイマー", employmentType: "nonRegular" },
  { employeeId: "3", category: "ＳＥ" },
);

describe("checkApplication", () => {
  it("accepts a well-formed application", () => {
    expect(
      checkApplication(application(["A", "C", "D"], { A: "総合職", C: "パートタイマー" }), workers),
    ).toEqual([]);
  });

  it("refuses no action", () => {
    expect(checkApplication(application([]), workers).map((r) => r.ja)).toEqual([
      "取組が選択されていません。A〜C から 1 つ以上選んでください。",
    ]);
  });

  it("refuses D alone (p.7)", () => {
    expect(checkApplication(application(["D"]), workers).map((r) => r.ja)).toEqual([
      "D のみを選択することはできません（p.7）。A〜C から 1 つ以上あわせて選んでください。",
    ]);
  });

  it("refuses a selected action without its category", () => {
    expect(
      checkApplication(application(["A", "B"], { A: "総合職", B: "  " }), workers).map((r) => r.ja),
    ).toEqual(["取組Bの増加対象とする雇用管理区分が指定されていません。"]);
  });

  it("refuses a category absent from the application roster and lists the ones there", () => {
    expect(checkApplication(application(["C"], { C: "パート" }), workers).map((r) => r.ja)).toEqual(
      [
        "取組Cの新設する役職の雇用管理区分「パート」は申請時の名簿にありません。名簿にある区分: 「総合職」「パートタイマー」「SE」。",
      ],
    );
  });

  it("compares categories after normalisation", () => {
    expect(checkApplication(application(["A"], { A: " SE " }), workers)).toEqual([]);
    expect(checkApplication(application(["A"], { A: "ｓｅ" }), workers)).toHaveLength(1); // case matters
  });

  it("refuses a reversed period", () => {
    const reasons = checkApplication(
      application(["A"], { A: "総合職" }, { start: "2026-01-31", end: "2025-08-01" }),
      workers,
    );
    expect(reasons.map((r) => r.ja)).toEqual([
      "実施期間（2026-01-31〜2025-08-01）が正しくありません。",
    ]);
  });
});
