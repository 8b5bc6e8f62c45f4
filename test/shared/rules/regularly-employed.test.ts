import {
  regularEmployment,
  regularlyEmployedCount,
} from "../../../shared/rules/regularly-employed";
import { many, roster, worker } from "./roster-factory";

const AS_OF = "2025-06-15";

describe("regularEmployment (常時雇用する労働者, p.22 (2))", () => {
  it("an indefinite term always counts", () => {
    expect(regularEmployment(worker({ employeeId: "1", term: "indefinite" }), AS_OF)).toBe(
      "definite",
    );
    expect(
      regularEmployment(
        worker({ employeeId: "2", term: "indefinite", employmentType: "nonRegular" }),
      ),
    ).toBe("definite");
  });

  it("a fixed term counts after exactly one year of service, not a day less", () => {
    const fixed = {
      employeeId: "1",
      term: "fixed" as const,
      employmentType: "nonRegular" as const,
    };
    expect(regularEmployment(worker({ ...fixed, hireDate: "2024-06-15" }), AS_OF)).toBe("definite");
    expect(regularEmployment(worker({ ...fixed, hireDate: "2024-06-16" }), AS_OF)).toBe(
      "uncertain",
    );
    expect(regularEmployment(worker({ ...fixed }), AS_OF)).toBe("uncertain");
  });

  it("uses Feb 28 as the anniversary of a Feb 29 reference date", () => {
    const fixed = { employeeId: "1", term: "fixed" as const };
    expect(regularEmployment(worker({ ...fixed, hireDate: "2023-02-28" }), "2024-02-29")).toBe(
      "definite",
    );
    expect(regularEmployment(worker({ ...fixed, hireDate: "2023-03-01" }), "2024-02-29")).toBe(
      "uncertain",
    );
  });

  it("reads an empty term as indefinite for 正規 and fixed for 非正規", () => {
    expect(regularEmployment(worker({ employeeId: "1" }), AS_OF)).toBe("definite");
    expect(
      regularEmployment(
        worker({ employeeId: "2", employmentType: "nonRegular", hireDate: "2025-01-01" }),
        AS_OF,
      ),
    ).toBe("uncertain");
  });

  it("without a reference date a fixed-term worker with a hire date is uncertain", () => {
    expect(
      regularEmployment(worker({ employeeId: "1", term: "fixed", hireDate: "2000-01-01" })),
    ).toBe("uncertain");
  });

  it("a dispatched worker is excluded", () => {
    expect(regularEmployment(worker({ employeeId: "1", employmentType: "dispatched" }))).toBe(
      "excluded",
    );
  });
});

describe("regularlyEmployedCount (E1 ≤ 300)", () => {
  it("counts definite workers and separates the uncertain ones", () => {
    const result = regularlyEmployedCount(
      roster(
        { employeeId: "R1" },
        { employeeId: "R2", term: "indefinite" },
        { employeeId: "F1", term: "fixed", hireDate: "2020-04-01" },
        { employeeId: "F2", term: "fixed", hireDate: "2025-04-01" },
        { employeeId: "P1", employmentType: "nonRegular" },
        { employeeId: "D1", employmentType: "dispatched" },
      ),
      AS_OF,
    );
    expect(result).toMatchObject({
      asOf: AS_OF,
      count: 3,
      uncertain: 2,
      uncertainIds: ["F2", "P1"],
      atMost: 5,
      eligible: true,
      dispatchedExcluded: 1,
    });
    expect(result.reasons[0]!.ja).toBe(
      "常時雇用する労働者は 3 人（基準日 2025-06-15、派遣 1 人を除く）で、300 人以下です。",
    );
    expect(result.reasons[1]!.ja).toContain("F2, P1");
  });

  it("300 is eligible, 301 is not", () => {
    expect(regularlyEmployedCount(roster(...many(300, "E")), AS_OF).eligible).toBe(true);
    const over = regularlyEmployedCount(roster(...many(301, "E")), AS_OF);
    expect(over.eligible).toBe(false);
    expect(over.reasons[0]!.ja).toContain("301 人");
  });

  it("judges on the definite count and warns when the uncertain ones could pass 300", () => {
    const result = regularlyEmployedCount(
      roster(...many(299, "E"), ...many(3, "P", { employmentType: "nonRegular" })),
      AS_OF,
    );
    expect(result).toMatchObject({ count: 299, uncertain: 3, atMost: 302, eligible: true });
    expect(result.reasons.map((r) => r.ja).join("\n")).toContain("最大 302 人");
  });

  it("dispatched workers never push the count over 300", () => {
    const result = regularlyEmployedCount(
      roster(...many(300, "E"), ...many(5, "D", { employmentType: "dispatched" })),
      AS_OF,
    );
    expect(result).toMatchObject({ count: 300, eligible: true, dispatchedExcluded: 5 });
  });
});
