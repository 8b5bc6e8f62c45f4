import { assessActionB } from "../../../shared/rules/action-b";
import { evaluateApplication } from "../../../shared/rules/evaluate";
import { application, roster } from "./roster-factory";

const before = () =>
  roster(
    { employeeId: "W1", gender: "woman", grade: "subsectionChief", positionAllowance: 10_000 },
    { employeeId: "W2", gender: "woman" },
    { employeeId: "W3", gender: "woman", grade: "subsectionChief" },
    { employeeId: "M1" },
    { employeeId: "M2" },
    { employeeId: "M3" },
    { employeeId: "M4" },
    { employeeId: "M5" },
  );
const app = application(["B"], { B: "総合職" });

describe("action B 役職手当の支給対象の女性従業員の増加", () => {
  it("achieved when a woman starts receiving a position allowance in the period", () => {
    const report = roster(
      { employeeId: "W1", gender: "woman", grade: "subsectionChief", positionAllowance: 10_000 },
      {
        employeeId: "W2",
        gender: "woman",
        grade: "subsectionChief",
        positionAllowance: 8_000,
        appointmentDate: "2025-11-01",
      },
    );
    const result = evaluateApplication(app, before(), report).actions.B;
    expect(result).toMatchObject({
      eligibleAtApplication: true,
      before: 1,
      after: 2,
      candidates: ["W2"],
      achieved: true,
      evidence: "W2",
      evidenceRow: 3,
    });
    expect(result.reasons.map((r) => r.ja)).toContain(
      "社内全体の役職手当の支給対象の女性が 1 人 → 2 人で、1 人増えています。",
    );
  });

  it("a manager with an allowance (管理職手当) does not count", () => {
    const report = roster(
      { employeeId: "W1", gender: "woman", grade: "subsectionChief", positionAllowance: 10_000 },
      {
        employeeId: "W2",
        gender: "woman",
        grade: "sectionChief",
        positionAllowance: 50_000,
        appointmentDate: "2025-11-01",
      },
    );
    const a = assessActionB(app, before(), report);
    expect(a.result).toMatchObject({ before: 1, after: 1, candidates: [] });
    expect(a.ready).toBe(false);
  });

  it("a 係長級 who starts being paid counts; one already paid at application does not", () => {
    const report = roster(
      {
        employeeId: "W1",
        gender: "woman",
        grade: "subsectionChief",
        positionAllowance: 12_000,
        appointmentDate: "2025-09-01",
      },
      {
        employeeId: "W3",
        gender: "woman",
        grade: "subsectionChief",
        positionAllowance: 5_000,
        appointmentDate: "2025-12-01",
      },
    );
    expect(assessActionB(app, before(), report).result).toMatchObject({
      before: 1,
      after: 2,
      candidates: ["W3"],
    });
  });

  it("a dispatched 係長級 with an allowance is excluded", () => {
    const report = roster(
      { employeeId: "W1", gender: "woman", grade: "subsectionChief", positionAllowance: 10_000 },
      {
        employeeId: "X1",
        gender: "woman",
        grade: "subsectionChief",
        positionAllowance: 10_000,
        employmentType: "dispatched",
        appointmentDate: "2025-11-01",
      },
    );
    expect(assessActionB(app, before(), report).result).toMatchObject({ after: 1, candidates: [] });
  });
});
