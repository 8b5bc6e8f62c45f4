import fc from "fast-check";
import { groupIssues, groupPlace } from "../../../shared/roster/group-issues";
import { incompleteResult } from "../../../shared/roster/incomplete-result";
import type { RosterIssue } from "../../../shared/roster/issue";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { assignRosters, judgeRosterOrder, roleFromName } from "../../../shared/roster/roster-order";
import { targetCategories } from "../../../shared/rules/target-categories";
import { roster } from "../rules/roster-factory";

const HEADER = ["社員番号", "性別", "雇用管理区分", "雇用形態", "職階"];

describe("groupIssues (issue 16 §7)", () => {
  it("11 identical errors are one group of 11 rows; a different value stays apart", () => {
    const rows = Array.from({ length: 11 }, (_, i) => [`E${i}`, "", "総合職", "正規", "一般"]);
    const read = parseRoster([HEADER, ...rows, ["E99", "X", "総合職", "正規", "一般"]]);
    const groups = groupIssues(read.issues);
    expect(groups.map((g) => [g.code, g.count, g.rows.length])).toEqual([
      ["REQUIRED_MISSING", 11, 11],
      ["INVALID_VALUE", 1, 1],
    ]);
    expect(groups[0]!.rows).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(groupPlace(groups[0]!).ja).toBe("2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 行目（11 件）");
    expect(groupPlace(groups[1]!).ja).toBe("13行目");
  });

  it("property: groups partition the issues, each group's issues are identical", () => {
    const issue = fc.record({
      severity: fc.constantFrom("error" as const, "warning" as const),
      code: fc.constantFrom("REQUIRED_MISSING" as const, "ZERO_WAGE" as const),
      row: fc.integer({ min: 2, max: 30 }),
      column: fc.constantFrom("性別", "年間賃金"),
      messageJa: fc.constantFrom("a", "b"),
      messageEn: fc.constant("x"),
    });
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 40 }), (issues: RosterIssue[]) => {
        const groups = groupIssues(issues);
        expect(groups.reduce((n, g) => n + g.count, 0)).toBe(issues.length);
        expect(
          groups.flatMap((g) => g.issues).sort((a, b) => issues.indexOf(a) - issues.indexOf(b)),
        ).toEqual(issues);
        for (const g of groups) {
          for (const i of g.issues)
            expect([i.severity, i.code, i.column, i.messageJa]).toEqual([
              g.severity,
              g.code,
              g.column,
              g.messageJa,
            ]);
          expect(g.rows).toEqual([...new Set(g.issues.map((i) => i.row))].sort((a, b) => a - b));
        }
      }),
    );
  });
});

describe("incompleteResult (issue 16 §6)", () => {
  it("null when nothing is excluded; otherwise how many rows and where, 下書き first", () => {
    expect(
      incompleteResult([{ labelJa: "申請時", labelEn: "Application", read: { rejectedRows: [] } }]),
    ).toBeNull();
    const result = incompleteResult([
      { labelJa: "申請時", labelEn: "Application", read: { rejectedRows: [3, 4] } },
      { labelJa: "実績報告時", labelEn: "Report", read: { rejectedRows: [7] } },
    ])!;
    expect(result.excludedRows).toBe(3);
    expect(result.messageJa).toMatch(
      /^【下書き・未確定】名簿のエラーで 3 行（申請時の名簿 3, 4 行目、実績報告時の名簿 7 行目）/,
    );
    expect(result.messageEn).toContain("Application roster rows 3, 4; Report roster rows 7");
  });
});

describe("rosters that look swapped (issue 16 §9)", () => {
  const before = roster(
    { employeeId: "A", hireDate: "2015-04-01" },
    { employeeId: "B", gender: "woman", grade: "subsectionChief", appointmentDate: "2023-04-01" },
  );
  const after = roster(
    { employeeId: "A", hireDate: "2015-04-01", trainingDate: "2025-12-10" },
    {
      employeeId: "B",
      gender: "woman",
      grade: "sectionChief",
      appointmentDate: "2025-10-01",
      trainingDate: "2025-12-10",
    },
    { employeeId: "N", hireDate: "2025-11-01", trainingDate: "2025-12-10" },
  );

  it("reads 申請 / 実績 / 報告 in names; both or neither say nothing", () => {
    expect(roleFromName("実績報告時名簿.csv")).toBe("report");
    expect(roleFromName("名簿.xlsx / 申請時")).toBe("application");
    expect(roleFromName("申請と実績.xlsx")).toBeUndefined();
    expect(roleFromName("roster.csv")).toBeUndefined();
  });

  it("the right order with neutral names is not swapped", () => {
    const j = judgeRosterOrder(
      { name: "a.csv", workers: before },
      { name: "b.csv", workers: after },
      "2025-06-30",
    );
    expect(j).toMatchObject({ looksSwapped: false, confident: true });
  });

  it("the report roster chosen first: swapped by its content alone", () => {
    const j = judgeRosterOrder(
      { name: "a.csv", workers: after },
      { name: "b.csv", workers: before },
      "2025-06-30",
    );
    expect(j.looksSwapped).toBe(true);
    expect(j.confident).toBe(true);
    expect(j.clues.map((c) => c.weight)).toEqual([2, 2]);
  });

  it("a file named 実績報告時名簿.csv chosen first: swapped by name even with identical content", () => {
    const j = judgeRosterOrder(
      { name: "実績報告時名簿.csv", workers: before },
      { name: "名簿2.csv", workers: before },
    );
    expect(j).toMatchObject({ looksSwapped: true, confident: true });
  });

  it("names and content disagree: not confident (ask the user)", () => {
    const j = judgeRosterOrder(
      { name: "申請時.csv", workers: after },
      { name: "実績報告時.csv", workers: before },
      "2025-06-30",
    );
    expect(j.confident).toBe(false);
  });

  it("assignRosters puts the application roster first whatever the order chosen", () => {
    const a = { name: "x", workers: before };
    const b = { name: "y", workers: after };
    expect(assignRosters(b, a, "2025-06-30").application).toBe(a);
    expect(assignRosters(a, b, "2025-06-30").application).toBe(a);
  });
});

describe("targetCategories (issue 16 §10)", () => {
  it("only categories with counted workers: not 派遣スタッフ, not officers only", () => {
    const workers = roster(
      { employeeId: "1", category: "総合職" },
      { employeeId: "2", category: "派遣スタッフ", employmentType: "dispatched" },
      { employeeId: "3", category: "役員", grade: "officer" },
      { employeeId: "4", category: "嘱託役員", grade: "officer", officerEmployee: true },
    );
    expect(targetCategories(workers)).toEqual(["総合職", "嘱託役員"]);
  });
});

describe("incompleteResult labels", () => {
  it("a label that already names the roster is not doubled", () => {
    const result = incompleteResult([
      { labelJa: "名簿", labelEn: "The", read: { rejectedRows: [2] } },
    ])!;
    expect(result.messageJa).toContain("（名簿 2 行目）");
    expect(result.messageEn).toContain("(The roster rows 2)");
  });
});
