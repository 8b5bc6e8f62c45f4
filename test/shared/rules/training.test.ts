import { trainingCompletion } from "../../../shared/rules/training";
import { PERIOD, roster } from "./roster-factory";

describe("trainingCompletion (取組3)", () => {
  it("is complete when every non-dispatched worker trained inside the period, ends included", () => {
    const result = trainingCompletion(
      roster(
        { employeeId: "1", trainingDate: "2025-08-01" },
        { employeeId: "2", trainingDate: "2026-01-31", employmentType: "nonRegular" },
        { employeeId: "X", employmentType: "dispatched" },
      ),
      PERIOD,
    );
    expect(result).toMatchObject({ complete: true, missing: [], trained: 2, total: 2 });
    expect(result.reasons[0]!.ja).toBe(
      "全従業員 2 人が実施期間（2025-08-01〜2026-01-31）中に研修を受講しています。",
    );
  });

  it("lists workers with no date and with a date one day outside", () => {
    const result = trainingCompletion(
      roster(
        { employeeId: "1", trainingDate: "2025-07-31" },
        { employeeId: "2" },
        { employeeId: "3", trainingDate: "2025-12-01" },
        { employeeId: "4", trainingDate: "2026-02-01" },
      ),
      PERIOD,
    );
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual([
      { employeeId: "1", row: 2, reason: "outside", trainingDate: "2025-07-31" },
      { employeeId: "2", row: 3, reason: "none" },
      { employeeId: "4", row: 5, reason: "outside", trainingDate: "2026-02-01" },
    ]);
    expect(result).toMatchObject({ trained: 1, total: 4 });
    expect(result.reasons.map((r) => r.ja)).toEqual([
      "研修の受講は 4 人中 1 人で、3 人が実施期間中に受講していません。",
      "研修受講日がない: 2。",
      "研修受講日が実施期間（2025-08-01〜2026-01-31）外: 1（2025-07-31）, 4（2026-02-01）。",
    ]);
  });

  it("an empty roster is not complete", () => {
    expect(trainingCompletion([], PERIOD).complete).toBe(false);
  });
});
