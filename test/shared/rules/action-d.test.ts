import { assessActionD } from "../../../shared/rules/action-d";
import {
  ACTION_D_WORK_RULES,
  actionDApplicationCheck,
} from "../../../shared/rules/action-d-application";
import { evaluateApplication } from "../../../shared/rules/evaluate";
import { application, roster } from "./roster-factory";

const part = { employmentType: "nonRegular" as const, category: "パートタイマー" };
const app = application(["A", "D"], { A: "総合職" });

describe("action D 非正規従業員の退職金制度の導入", () => {
  it("new system covering a woman at report", () => {
    const before = roster(
      { employeeId: "P1", gender: "woman", ...part, retirementPlan: false },
      { employeeId: "P2", ...part, retirementPlan: false },
      { employeeId: "R1", retirementPlan: true },
    );
    const report = roster(
      { employeeId: "P2", ...part, retirementPlan: true },
      { employeeId: "P1", gender: "woman", ...part, retirementPlan: true },
      { employeeId: "P3", gender: "woman", ...part, retirementPlan: true },
    );
    const d = assessActionD(app, before, report);
    expect(d.result).toMatchObject({
      selected: true,
      eligibleAtApplication: true,
      before: 0,
      after: 2,
      candidates: ["P1", "P3"],
    });
    expect(d.ready).toBe(true);
    const result = evaluateApplication(app, before, report).actions.D;
    expect(result).toMatchObject({ achieved: true, evidence: "P1", evidenceRow: 3 });
    expect(result.reasons.map((r) => r.ja)).toContain(
      "退職金制度に係る就業規則の変更と労働基準監督署への届出が必要です（名簿からは確認できない申告事項です）。",
    );
  });

  it("is not new when a non-regular worker was already covered at application", () => {
    const before = roster(
      { employeeId: "P1", gender: "woman", ...part, retirementPlan: false },
      { employeeId: "P2", ...part, retirementPlan: true },
      { employeeId: "R1" },
    );
    const report = roster({ employeeId: "P1", gender: "woman", ...part, retirementPlan: true });
    const result = evaluateApplication(app, before, report).actions.D;
    expect(result).toMatchObject({
      eligibleAtApplication: false,
      before: 1,
      after: 1,
      achieved: false,
    });
    expect(result.reasons.map((r) => r.ja)).toContain(
      "申請時すでに非正規従業員 1 人（P2）が退職金制度の対象のため、新たな導入になりません。",
    );
  });

  it("a covered dispatched worker at application does not matter; a covered man at report is not enough", () => {
    const before = roster({ employeeId: "X1", employmentType: "dispatched", retirementPlan: true });
    const report = roster({ employeeId: "P2", ...part, retirementPlan: true });
    const d = assessActionD(app, before, report);
    expect(d.result).toMatchObject({ eligibleAtApplication: true, after: 0, candidates: [] });
    expect(d.ready).toBe(false);
  });

  it("warns about blank cells at application", () => {
    const before = roster({ employeeId: "P1", ...part });
    const d = assessActionD(app, before, []);
    expect(d.result.reasons.map((r) => r.ja)).toContain(
      "申請時の非正規従業員 1 人（P1）の退職金制度の欄が空欄です。対象外であることを確認してください。",
    );
  });

  it("judges the application roster alone, with no report-time reason", () => {
    const before = roster(
      { employeeId: "P1", gender: "woman", ...part, retirementPlan: false },
      { employeeId: "P2", ...part },
      { employeeId: "X1", employmentType: "dispatched", retirementPlan: true },
    );
    const check = actionDApplicationCheck(before);
    expect(check.eligible).toBe(true);
    expect(check.coveredBefore).toEqual([]);
    expect(check.reasons.map((r) => r.ja)).toEqual([
      "取組Dには雇用管理区分ごとの女性比率の要件はありません（p.8 注）。",
      "申請時に退職金制度の対象となっている非正規従業員はいません（非正規 2 人）。新たな導入として扱えます。",
      "申請時の非正規従業員 1 人（P2）の退職金制度の欄が空欄です。対象外であることを確認してください。",
    ]);
    const covered = actionDApplicationCheck(
      roster({ employeeId: "P3", ...part, retirementPlan: true }),
    );
    expect(covered.eligible).toBe(false);
    expect(covered.coveredBefore.map((w) => w.employeeId)).toEqual(["P3"]);
  });

  it("the full assessment is the application check plus the report and the declaration", () => {
    const before = roster({ employeeId: "P1", gender: "woman", ...part, retirementPlan: false });
    const report = roster({ employeeId: "P1", gender: "woman", ...part, retirementPlan: true });
    const reasons = assessActionD(app, before, report).result.reasons;
    const check = actionDApplicationCheck(before).reasons;
    expect(reasons.slice(0, check.length)).toEqual(check);
    expect(reasons.slice(check.length).map((r) => r.ja)).toEqual([
      "実績報告時に退職金制度の対象となっている女性の非正規従業員: 1 人（P1）。",
      ACTION_D_WORK_RULES.ja,
    ]);
  });
});
