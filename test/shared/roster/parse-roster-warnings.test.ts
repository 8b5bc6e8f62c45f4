import { parseRoster } from "../../../shared/roster/parse-roster";
import { COLUMN_INDEX, errors, only, places, sheet } from "./roster-cells";

describe("DUPLICATE_ID", () => {
  it("is reported on the later row, naming the first; both rows stay workers", () => {
    const result = parseRoster(
      sheet([{ employeeId: "E100" }, {}, { employeeId: " E100" }, { employeeId: "Ｅ100" }]),
    );
    expect(places(result, "DUPLICATE_ID")).toEqual([
      [4, COLUMN_INDEX.employeeId],
      [5, COLUMN_INDEX.employeeId],
    ]);
    const issue = result.issues[0]!;
    expect(issue).toMatchObject({
      severity: "error",
      column: "社員番号",
      value: "E100",
      messageJa: "社員番号「E100」は2行目と重複しています。",
      messageEn: 'Employee ID "E100" is already used in row 2.',
    });
    expect(result.workers.map((w) => w.row)).toEqual([2, 3, 4, 5]);
    expect(result.rejectedRows).toEqual([]);
  });

  it("counts a rejected row's ID as taken", () => {
    const result = parseRoster(sheet([{ employeeId: "A", gender: "?" }, { employeeId: "A" }]));
    expect(places(result, "DUPLICATE_ID")).toEqual([[3, COLUMN_INDEX.employeeId]]);
    expect(result.workers.map((w) => w.row)).toEqual([3]);
  });
});

describe("warnings", () => {
  it("MANAGER_WITH_ALLOWANCE: 部長級 and 課長級 with a position allowance", () => {
    const result = parseRoster(
      sheet([
        { grade: "課長級", positionAllowance: "30,000" },
        { grade: "部長級", positionAllowance: "1" },
        { grade: "課長級", positionAllowance: "0" },
        { grade: "部長級", positionAllowance: "" },
      ]),
    );
    expect(places(result, "MANAGER_WITH_ALLOWANCE")).toEqual([
      [2, COLUMN_INDEX.positionAllowance],
      [3, COLUMN_INDEX.positionAllowance],
    ]);
    expect(result.issues[0]).toMatchObject({
      severity: "warning",
      column: "役職手当（月額）",
      value: "30000",
      messageJa:
        "課長級（管理職）に役職手当30,000円が入力されています。管理職手当は本奨励金の役職手当に当たりません。",
    });
    expect(result.workers).toHaveLength(4);
  });

  it("NON_HOLDER_WITH_ALLOWANCE: 一般 and 役員 with one; 係長級 is the allowance's holder", () => {
    const result = parseRoster(
      sheet([
        { grade: "一般", positionAllowance: "5000" },
        { grade: "役員", officerEmployee: "はい", positionAllowance: "5000" },
        { grade: "係長級", positionAllowance: "5000" },
      ]),
    );
    expect(places(result, "NON_HOLDER_WITH_ALLOWANCE")).toEqual([
      [2, COLUMN_INDEX.positionAllowance],
      [3, COLUMN_INDEX.positionAllowance],
    ]);
    expect(result.issues).toHaveLength(2);
  });

  it("DISPATCHED_EXCLUDED: one per dispatched row, on 雇用形態", () => {
    const result = parseRoster(
      sheet([{ employmentType: "派遣" }, {}, { employmentType: "派遣社員" }]),
    );
    expect(places(result, "DISPATCHED_EXCLUDED")).toEqual([
      [2, COLUMN_INDEX.employmentType],
      [4, COLUMN_INDEX.employmentType],
    ]);
    expect(result.issues[0]!.messageJa).toBe(
      "派遣労働者は派遣元の従業員のため、すべての集計から除外します。",
    );
    expect(result.workers).toHaveLength(3);
  });

  it("APPOINTED_BEFORE_HIRED and TRAINED_BEFORE_HIRED", () => {
    const result = parseRoster(
      sheet([
        { hireDate: "2020-04-01", appointmentDate: "2020-03-31", trainingDate: "2019-01-01" },
        { hireDate: "2020-04-01", appointmentDate: "2020-04-01", trainingDate: "2020-04-01" },
        { hireDate: "", appointmentDate: "2000-01-01", trainingDate: "2000-01-01" },
      ]),
    );
    expect(result.issues.map((i) => [i.row, i.columnIndex, i.code])).toEqual([
      [2, COLUMN_INDEX.appointmentDate, "APPOINTED_BEFORE_HIRED"],
      [2, COLUMN_INDEX.trainingDate, "TRAINED_BEFORE_HIRED"],
    ]);
    expect(result.issues[0]!.messageJa).toBe(
      "就任日（2020-03-31）が採用日（2020-04-01）より前です。",
    );
  });

  it("UNUSUAL_HOURS above 80 keeps the value", () => {
    const result = parseRoster(sheet([{ weeklyHours: "80" }, { weeklyHours: "80.5" }]));
    expect(places(result, "UNUSUAL_HOURS")).toEqual([[3, COLUMN_INDEX.weeklyHours]]);
    expect(result.workers[1]!.weeklyHours).toBe(80.5);
    expect(errors(result)).toEqual([]);
  });

  it("ZERO_WAGE for a counted worker only", () => {
    const result = parseRoster(
      sheet([
        { annualWage: "0" },
        { annualWage: "0", employmentType: "派遣" },
        { annualWage: "" },
        { annualWage: "０円", employmentType: "アルバイト" },
      ]),
    );
    expect(places(result, "ZERO_WAGE")).toEqual([
      [2, COLUMN_INDEX.annualWage],
      [5, COLUMN_INDEX.annualWage],
    ]);
    expect(result.workers[2]!.annualWage).toBeUndefined();
  });

  it("warnings come with the row's errors, in column order", () => {
    const result = parseRoster(
      sheet([
        {
          employmentType: "派遣",
          gender: "",
          grade: "一般",
          positionAllowance: "100",
          weeklyHours: "99",
        },
      ]),
    );
    expect(result.issues.map((i) => [i.columnIndex, i.code, i.severity])).toEqual([
      [COLUMN_INDEX.gender, "REQUIRED_MISSING", "error"],
      [COLUMN_INDEX.employmentType, "DISPATCHED_EXCLUDED", "warning"],
      [COLUMN_INDEX.positionAllowance, "NON_HOLDER_WITH_ALLOWANCE", "warning"],
      [COLUMN_INDEX.weeklyHours, "UNUSUAL_HOURS", "warning"],
    ]);
    expect(only(result, "REQUIRED_MISSING").row).toBe(2);
  });
});
