import type { Grade } from "../../../shared/roster/worker";
import { isManager } from "../../../shared/rules/manager";
import { receivesPositionAllowance } from "../../../shared/rules/position-allowance";
import {
  isNonManagerPositionHolder,
  isPositionHolder,
} from "../../../shared/rules/position-holder";
import { worker } from "./roster-factory";

const grades: Grade[] = ["officer", "director", "sectionChief", "subsectionChief", "none"];

describe("manager, position holder", () => {
  it.each([
    ["officer", false, false],
    ["director", true, true],
    ["sectionChief", true, true],
    ["subsectionChief", false, true],
    ["none", false, false],
  ] as const)("%s: manager %s, position holder %s", (grade, manager, holder) => {
    expect(isManager({ grade })).toBe(manager);
    expect(isPositionHolder({ grade })).toBe(holder);
  });

  it("an officer (役員) is never a manager", () => {
    expect(isManager({ grade: "officer" })).toBe(false);
  });

  it("only 係長級 is a non-manager position holder", () => {
    expect(grades.filter((grade) => isNonManagerPositionHolder({ grade }))).toEqual([
      "subsectionChief",
    ]);
  });
});

describe("receivesPositionAllowance (役職手当)", () => {
  it("a 係長級 with a monthly allowance receives it", () => {
    expect(
      receivesPositionAllowance(
        worker({ employeeId: "1", grade: "subsectionChief", positionAllowance: 10_000 }),
      ),
    ).toBe(true);
  });
  it("a manager's allowance is 管理職手当, not 役職手当", () => {
    expect(
      receivesPositionAllowance(
        worker({ employeeId: "1", grade: "sectionChief", positionAllowance: 50_000 }),
      ),
    ).toBe(false);
  });
  it("no amount, a 一般 worker or a dispatched worker does not count", () => {
    expect(receivesPositionAllowance(worker({ employeeId: "1", grade: "subsectionChief" }))).toBe(
      false,
    );
    expect(
      receivesPositionAllowance(
        worker({ employeeId: "2", grade: "none", positionAllowance: 5000 }),
      ),
    ).toBe(false);
    expect(
      receivesPositionAllowance(
        worker({
          employeeId: "3",
          grade: "subsectionChief",
          positionAllowance: 5000,
          employmentType: "dispatched",
        }),
      ),
    ).toBe(false);
  });
  it("a non-regular 係長級 (e.g. パートリーダー) with an allowance counts", () => {
    expect(
      receivesPositionAllowance(
        worker({
          employeeId: "1",
          grade: "subsectionChief",
          positionAllowance: 3000,
          employmentType: "nonRegular",
        }),
      ),
    ).toBe(true);
  });
});
