import { tokyoInsured } from "../../../shared/rules/tokyo-insured";
import { roster } from "./roster-factory";

const AS_OF = "2025-06-15";

describe("tokyoInsured (E2)", () => {
  it("is satisfied by one regularly employed, insured worker in Tokyo", () => {
    const result = tokyoInsured(
      roster(
        { employeeId: "1", workplace: "outside", employmentInsurance: true },
        { employeeId: "2", workplace: "tokyo", employmentInsurance: true },
      ),
      AS_OF,
    );
    expect(result.satisfied).toBe(true);
    expect(result.workerIds).toEqual(["2"]);
    expect(result.reasons[0]!.ja).toContain("1 人います（2）");
  });

  it("is false when nobody works in Tokyo with insurance", () => {
    const result = tokyoInsured(
      roster(
        { employeeId: "1", workplace: "outside", employmentInsurance: true },
        { employeeId: "2", workplace: "tokyo", employmentInsurance: false },
      ),
      AS_OF,
    );
    expect(result.satisfied).toBe(false);
  });

  it("a dispatched worker in Tokyo does not count", () => {
    const result = tokyoInsured(
      roster(
        { employeeId: "1", workplace: "outside", employmentInsurance: true },
        {
          employeeId: "2",
          workplace: "tokyo",
          employmentInsurance: true,
          employmentType: "dispatched",
        },
      ),
      AS_OF,
    );
    expect(result.satisfied).toBe(false);
  });

  it("is unknown when the 勤務地 column is empty for everyone", () => {
    const result = tokyoInsured(
      roster(
        { employeeId: "1", employmentInsurance: true },
        { employeeId: "2", employmentInsurance: true },
      ),
      AS_OF,
    );
    expect(result.satisfied).toBeNull();
    expect(result.reasons[0]!.ja).toBe(
      "勤務地の欄が全員空欄のため、都内勤務の雇用保険被保険者がいるか判断できません。",
    );
  });

  it("is unknown when the only Tokyo insured worker is on a fixed term of under a year", () => {
    const result = tokyoInsured(
      roster(
        { employeeId: "1", workplace: "outside", employmentInsurance: true },
        {
          employeeId: "2",
          workplace: "tokyo",
          employmentInsurance: true,
          term: "fixed",
          hireDate: "2025-01-10",
        },
      ),
      AS_OF,
    );
    expect(result.satisfied).toBeNull();
    expect(result.possibleIds).toEqual(["2"]);
  });

  it("only counted workers decide that a column is blank for everyone, and are listed", () => {
    // The dispatched worker's and the officer's 勤務地 do not count: for the workers who do,
    // the column is blank, so nobody can be confirmed either way.
    const result = tokyoInsured(
      roster(
        { employeeId: "1", employmentInsurance: true },
        {
          employeeId: "2",
          workplace: "tokyo",
          employmentInsurance: true,
          employmentType: "dispatched",
        },
        { employeeId: "3", workplace: "outside", employmentInsurance: true, grade: "officer" },
        { employeeId: "4", employmentInsurance: false },
      ),
      AS_OF,
    );
    expect(result.satisfied).toBeNull();
    expect(result.possibleIds).toEqual(["1", "4"]);
    expect(result.reasons[0]!.ja).toBe(
      "勤務地の欄が全員空欄のため、都内勤務の雇用保険被保険者がいるか判断できません。",
    );
  });

  it("once a worker proves it, the workers before them are not listed as possible", () => {
    const result = tokyoInsured(
      roster(
        { employeeId: "1" },
        { employeeId: "2", workplace: "tokyo" },
        { employeeId: "3", workplace: "tokyo", employmentInsurance: true },
        { employeeId: "4", workplace: "tokyo", employmentInsurance: true },
      ),
      AS_OF,
    );
    expect(result.satisfied).toBe(true);
    expect(result.workerIds).toEqual(["3", "4"]);
    expect(result.possibleIds).toEqual([]);
  });

  it("is unknown when a blank cell could make a worker qualify", () => {
    const result = tokyoInsured(
      roster(
        { employeeId: "1", workplace: "outside", employmentInsurance: true },
        { employeeId: "2", workplace: "tokyo" },
      ),
      AS_OF,
    );
    expect(result.satisfied).toBeNull();
    expect(result.possibleIds).toEqual(["2"]);
  });
});
