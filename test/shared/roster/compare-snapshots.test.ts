import { compareSnapshots } from "../../../shared/roster/compare-snapshots";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { sheet } from "./roster-cells";

describe("compareSnapshots", () => {
  const application = parseRoster(
    sheet([
      { employeeId: "A1", gender: "女性" },
      { employeeId: "A2", gender: "男性" },
      { employeeId: "A3", gender: "女性" },
      { employeeId: "A4", gender: "男性" },
    ]),
  ).workers;

  it("says when a 'new hire' differs from an application ID only in leading zeros", () => {
    const before = parseRoster(
      sheet([
        { employeeId: "0012", gender: "女性" },
        { employeeId: "7", gender: "男性" },
        { employeeId: "A01", gender: "男性" },
      ]),
    ).workers;
    // Excel turned 0012 into 12, and someone typed 007 for 7; A1 is a different ID altogether.
    const after = parseRoster(
      sheet([
        { employeeId: "12", gender: "女性" },
        { employeeId: "007", gender: "男性" },
        { employeeId: "A1", gender: "男性" },
      ]),
    );
    const hires = compareSnapshots(before, after).filter((i) => i.code === "NEW_HIRE_AT_REPORT");
    expect(hires.map((i) => i.value)).toEqual(["12", "007", "A1"]);
    expect(hires[0]!.fixJa).toContain("先頭の0だけが違う「0012」");
    expect(hires[0]!.fixEn).toContain('"0012"');
    expect(hires[1]!.fixJa).toContain("「7」");
    expect(hires[2]!.fixJa).toBe(
      "申請時からいる従業員であれば、両方の名簿の社員番号をそろえてください。",
    );
  });

  it("warns about new hires, gender changes and leavers", () => {
    // The report sheet has its columns elsewhere: issues point at the report's own columns.
    const report = parseRoster([
      ["性別", "雇用形態", "職階", "雇用管理区分", "社員番号"],
      ["女", "正規", "一般", "総合職", "A1"],
      ["女", "正規", "一般", "総合職", "A2"],
      ["男", "正規", "一般", "総合職", "B9"],
      ["男", "正規", "一般", "総合職", "A4"],
    ]);
    const issues = compareSnapshots(application, report);
    expect(
      issues.map((i) => [i.code, i.row, i.column, i.columnIndex, i.value, i.severity]),
    ).toEqual([
      ["GENDER_CHANGED", 3, "性別", 0, "女性", "warning"],
      ["NEW_HIRE_AT_REPORT", 4, "社員番号", 4, "B9", "warning"],
      ["LEFT_BEFORE_REPORT", 4, "社員番号", undefined, "A3", "warning"],
    ]);
    expect(issues[0]!.messageJa).toBe(
      "社員番号「A2」の性別が申請時（男性）と実績報告時（女性）で異なります。",
    );
    expect(issues[2]!.messageJa).toBe(
      "申請時の名簿4行目の社員番号「A3」が実績報告時の名簿にありません（退職などとして扱います）。",
    );
    expect(issues[2]!.messageEn).toContain("row 4 of the application roster");
  });

  it("says so when rows of the report could not be read", () => {
    const report = parseRoster(sheet([{ employeeId: "A1" }, { employeeId: "A2", gender: "?" }]));
    const left = compareSnapshots(application, report).filter(
      (i) => i.code === "LEFT_BEFORE_REPORT",
    );
    expect(left.map((i) => i.value)).toEqual(["A2", "A3", "A4"]);
    expect(left[0]!.messageJa).toContain("エラーで読めなかった行があります");
  });

  it("finds nothing to say about identical snapshots", () => {
    const report = parseRoster(
      sheet([
        { employeeId: "A4", gender: "男" },
        { employeeId: "A3", gender: "F" },
        { employeeId: "A2", gender: "M" },
        { employeeId: "A1", gender: "女" },
      ]),
    );
    expect(compareSnapshots(application, report)).toEqual([]);
  });
});
