import { applicationOf, evaluateRosters } from "../../../shared/evaluation/evaluate-rosters";
import type { RosterReadResult } from "../../../shared/roster/read-result";
import type { Worker } from "../../../shared/roster/worker";
import { findRound } from "../../../shared/schedule/find-round";
import { roster } from "../rules/roster-factory";

const round = findRound(2025, 1)!;

function read(workers: Worker[]): RosterReadResult {
  return {
    workers,
    issues: [],
    rowCount: workers.length,
    rejectedRows: [],
    columns: [],
    extraHeaders: [],
  };
}

// 総合職 25% women at application; W1 becomes 課長 inside round 1's implementation period.
const before = read(
  roster(
    { employeeId: "W1", gender: "woman" },
    { employeeId: "M1" },
    { employeeId: "M2" },
    { employeeId: "M3" },
  ),
);
const after = read(
  roster(
    { employeeId: "W1", gender: "woman", grade: "sectionChief", appointmentDate: "2025-10-01" },
    { employeeId: "M1" },
    { employeeId: "M2" },
  ),
);

describe("applicationOf", () => {
  it("keeps the trimmed targets of the chosen actions only, over the round's period", () => {
    const app = applicationOf({
      round,
      actions: ["A", "C"],
      targets: { A: " 総合職 ", B: "一般職", C: "   " },
    });
    expect(app).toEqual({
      actions: ["A", "C"],
      targets: { A: "総合職" },
      period: { start: "2025-08-01", end: "2026-01-31" },
    });
  });
});

describe("evaluateRosters", () => {
  const request = { round, actions: ["A"] as const, targets: { A: "総合職" }, planFiled: true };

  it("defaults the application date to the round's last application day", () => {
    expect(evaluateRosters(request, {}).applicationDate).toBe("2025-06-30");
    expect(evaluateRosters({ ...request, applicationDate: "2025-06-01" }, {}).applicationDate).toBe(
      "2025-06-01",
    );
  });

  it("judges nothing before an application roster", () => {
    const result = evaluateRosters({ ...request, actions: ["D"] }, { report: after });
    expect(result.refused).toEqual([]);
    expect(result.evaluation).toBeUndefined();
    expect(result.snapshotIssues).toEqual([]);
  });

  it("refuses D alone on the application roster, before the report roster is there", () => {
    const result = evaluateRosters({ ...request, actions: ["D"] }, { application: before });
    expect(result.refused.map((r) => r.en)).toEqual([
      "D cannot be chosen alone (p.7): select at least one of A–C as well.",
    ]);
    expect(result.evaluation).toBeUndefined();
  });

  it("judges with both rosters and lists who left between them", () => {
    const result = evaluateRosters(request, { application: before, report: after });
    expect(result.refused).toEqual([]);
    expect(result.evaluation?.actions.A).toMatchObject({
      selected: true,
      achieved: true,
      before: 0,
      after: 1,
      evidence: "W1",
    });
    expect(result.snapshotIssues.map((i) => [i.code, i.row])).toEqual([["LEFT_BEFORE_REPORT", 5]]);
  });

  it("gives no verdicts for a refused application but still compares the snapshots", () => {
    const result = evaluateRosters(
      { ...request, targets: { A: "営業職" } },
      { application: before, report: after },
    );
    expect(result.evaluation).toBeUndefined();
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]!.ja).toContain("「営業職」は申請時の名簿にありません");
    expect(result.snapshotIssues).toHaveLength(1);
  });

  it("ignores the target of an action that is not chosen", () => {
    const result = evaluateRosters(
      { ...request, targets: { A: "総合職", B: "営業職" } },
      { application: before, report: after },
    );
    expect(result.application?.targets).toEqual({ A: "総合職" });
    expect(result.refused).toEqual([]);
  });

  it("passes 取組2 on: without the plan there is no grant", () => {
    const rosters = { application: before, report: after };
    expect(evaluateRosters({ ...request, planFiled: false }, rosters).evaluation?.grant.yen).toBe(
      0,
    );
  });

  it("without a round judges nothing, keeps the typed date and still compares the snapshots", () => {
    const result = evaluateRosters(
      { ...request, round: findRound(2099, 1), applicationDate: "2025-06-01" },
      { application: before, report: after },
    );
    expect(result.application).toBeUndefined();
    expect(result.applicationDate).toBe("2025-06-01");
    expect(result.evaluation).toBeUndefined();
    expect(result.snapshotIssues).toHaveLength(1);
  });
});
