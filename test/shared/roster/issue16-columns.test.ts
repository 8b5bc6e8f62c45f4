import { compareSnapshots } from "../../../shared/roster/compare-snapshots";
import { parseRoster } from "../../../shared/roster/parse-roster";
import { byRowThenColumn } from "../../../shared/roster/issue-order";
import { COLUMN_INDEX, errors, only, places, sheet } from "./roster-cells";

describe("a blank 職階 is 一般 (issue 16 §5)", () => {
  it("one grouped warning listing the rows; the rows stay in every count", () => {
    const result = parseRoster(
      sheet([{ grade: "" }, { grade: "係長級" }, { grade: null }, { grade: "  " }]),
    );
    expect(errors(result)).toEqual([]);
    expect(result.rejectedRows).toEqual([]);
    expect(result.workers.map((w) => w.grade)).toEqual(["none", "subsectionChief", "none", "none"]);
    const warning = only(result, "GRADE_BLANK_AS_NONE");
    expect(warning).toMatchObject({
      severity: "warning",
      row: 2,
      rows: [2, 4, 5],
      columnIndex: COLUMN_INDEX.grade,
      messageJa: "職階が空欄の 3 行（2, 4, 5 行目）を「一般」として扱います。",
    });
    // The grouped warning sits at its first row: the list stays in row order.
    expect([...result.issues].sort(byRowThenColumn)).toEqual(result.issues);
  });

  it("an invalid 職階 is still an error that drops the row", () => {
    const result = parseRoster(sheet([{ grade: "社長" }]));
    expect(places(result, "INVALID_VALUE")).toEqual([[2, COLUMN_INDEX.grade]]);
    expect(result.rejectedRows).toEqual([2]);
  });
});

describe("使用人兼務 and 1年以上雇用見込み (issue 16 §2, §3)", () => {
  it("read はい / いいえ; blank stays unknown; anything else is an error naming the column", () => {
    const result = parseRoster(
      sheet([
        { grade: "役員", officerEmployee: "はい", expectedOneYear: "" },
        { grade: "役員", officerEmployee: "いいえ", term: "有期", expectedOneYear: "はい" },
        { term: "有期", expectedOneYear: "たぶん" },
      ]),
    );
    expect(result.workers.map((w) => [w.officerEmployee, w.expectedOneYear])).toEqual([
      [true, undefined],
      [false, true],
      [undefined, undefined],
    ]);
    expect(places(result, "INVALID_VALUE")).toEqual([[4, COLUMN_INDEX.expectedOneYear]]);
    expect(only(result, "INVALID_VALUE").messageJa).toContain("1年以上雇用見込み");
    // The officer who is not also an employee gets the notice; the 使用人兼務 one does not.
    expect(places(result, "OFFICER_EXCLUDED")).toEqual([[3, COLUMN_INDEX.grade]]);
  });
});

describe("a worker whose application row was excluded is not a new hire (issue 16 §8)", () => {
  it("points at the application row with the error instead", () => {
    const app = parseRoster(sheet([{ employeeId: "E1" }, { employeeId: "E2", gender: "?" }]));
    expect(app.rejectedRows).toEqual([3]);
    const report = parseRoster(
      sheet([{ employeeId: "E1" }, { employeeId: "E2" }, { employeeId: "E3" }]),
    );
    const issues = compareSnapshots(app, report);
    expect(issues.map((i) => [i.code, i.row, i.value])).toEqual([
      ["APPLICATION_ROW_EXCLUDED", 3, "E2"],
      ["NEW_HIRE_AT_REPORT", 4, "E3"],
    ]);
    expect(issues[0]!.messageJa).toContain("申請時の名簿の 3 行目");
    expect(issues[0]!.messageJa).toContain("申請後の入社ではありません");
    // Given only the workers (as before), E2 still reads as a new hire: no row to point at.
    expect(compareSnapshots(app.workers, report).map((i) => i.code)).toEqual([
      "NEW_HIRE_AT_REPORT",
      "NEW_HIRE_AT_REPORT",
    ]);
  });
});
