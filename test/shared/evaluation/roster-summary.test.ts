import { summarizeRoster } from "../../../shared/evaluation/roster-summary";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { sheet } from "../roster/roster-cells";

describe("summarizeRoster: 管理職 and 役職手当 recipients by sex", () => {
  it("counts hand-placed rows, leaving dispatched workers and officers out", () => {
    const none = { positionTitle: "", appointmentDate: "", positionAllowance: "" };
    const cells = sheet([
      { ...none, gender: "女性", grade: "部長級", positionTitle: "部長" },
      { ...none, gender: "女性", grade: "課長級", positionTitle: "課長" },
      { ...none, gender: "男性", grade: "課長級", positionTitle: "課長" },
      { ...none, gender: "女性", grade: "部長級", employmentType: "派遣", term: "有期" },
      { ...none, gender: "男性", grade: "役員" },
      { gender: "女性", grade: "係長級", positionAllowance: "10000" },
      { gender: "男性", grade: "係長級", positionAllowance: "5000" },
      { gender: "男性", grade: "係長級", positionAllowance: "8000" },
      { gender: "男性", grade: "係長級", positionAllowance: "" },
      { ...none, gender: "女性", grade: "一般" },
    ]);
    const summary = summarizeRoster(parseRoster(cells), { asOf: "2025-06-30" });
    expect(summary.rows).toBe(10);
    // 部長級・課長級 women: rows 2 and 3 (row 5 is dispatched); men: row 4 (row 6 is an officer).
    expect(summary.managers).toEqual({ women: 2, men: 1 });
    // 係長級 paid an allowance: one woman (row 7), two men (rows 8, 9); row 10 is paid none.
    expect(summary.allowanceRecipients).toEqual({ women: 1, men: 2 });
  });
});
