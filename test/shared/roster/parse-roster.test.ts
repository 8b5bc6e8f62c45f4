import { parseRoster } from "../../../shared/roster/parse-roster";
import type { Worker } from "../../../shared/roster/worker";
import { COLUMN_INDEX, TEMPLATE, errors, only, places, sheet } from "./roster-cells";

describe("parseRoster: a valid roster", () => {
  it("turns each row into a Worker with every template field", () => {
    const result = parseRoster(sheet([{ employeeId: "E001" }]));
    expect(result.workers).toEqual<Worker[]>([
      {
        row: 2,
        employeeId: "E001",
        name: "山田 花子",
        gender: "woman",
        category: "総合職",
        employmentType: "regular",
        term: "indefinite",
        hireDate: "2020-04-01",
        grade: "subsectionChief",
        positionTitle: "係長",
        appointmentDate: "2023-04-01",
        positionAllowance: 10000,
        retirementPlan: true,
        workplace: "tokyo",
        employmentInsurance: true,
        trainingDate: "2025-11-01",
        annualWage: 4800000,
        weeklyHours: 40,
      },
    ]);
    expect(result.issues).toEqual([]);
    expect(result.rowCount).toBe(1);
    expect(result.rejectedRows).toEqual([]);
    expect(result.extraHeaders).toEqual([]);
    expect(result.columns.map((c) => [c.key, c.header, c.index])).toEqual(
      TEMPLATE.map(([key, header], i) => [key, header, i]),
    );
  });

  it("normalises text values (NFKC, spaces) and reads the other spellings", () => {
    const [worker] = parseRoster(
      sheet([
        {
          employeeId: " Ｅ００１ ",
          category: "ﾊﾟｰﾄﾀｲﾏｰ",
          employmentType: "ﾊﾟｰﾄ",
          gender: "F",
          term: "有期",
          grade: "一般",
          positionTitle: "",
          appointmentDate: "",
          positionAllowance: "",
          retirementPlan: "対象外",
          workplace: "都外",
          employmentInsurance: "未加入",
          hireDate: "令和元年5月1日",
          trainingDate: "R7.10.1",
          annualWage: "￥１，２００，０００円",
          weeklyHours: "２０",
        },
      ]),
    ).workers;
    expect(worker).toMatchObject({
      employeeId: "E001",
      category: "パートタイマー",
      employmentType: "nonRegular",
      gender: "woman",
      term: "fixed",
      grade: "none",
      positionTitle: undefined,
      appointmentDate: undefined,
      positionAllowance: 0,
      retirementPlan: false,
      workplace: "outside",
      employmentInsurance: false,
      hireDate: "2019-05-01",
      trainingDate: "2025-10-01",
      annualWage: 1200000,
      weeklyHours: 20,
    });
  });

  it("keeps a name as written, only trimmed (異体字 are the person's own)", () => {
    const [worker] = parseRoster(sheet([{ name: "  髙橋　﨑子  " }])).workers;
    expect(worker!.name).toBe("髙橋　﨑子");
  });

  it("reads typed cells: number IDs and serial dates, in the 1904 system when told", () => {
    const cells = sheet([
      { employeeId: 1001, hireDate: 45931, weeklyHours: 37.5, annualWage: 3000000 },
    ]);
    const [worker] = parseRoster(cells).workers;
    expect(worker).toMatchObject({
      employeeId: "1001",
      hireDate: "2025-10-01",
      weeklyHours: 37.5,
      annualWage: 3000000,
    });
    expect(parseRoster(cells, { date1904: true }).workers[0]!.hireDate).toBe("2029-10-02");
  });

  it("counts dispatched workers as workers: the rules exclude them", () => {
    const result = parseRoster(sheet([{ employmentType: "派遣" }]));
    expect(result.workers.map((w) => w.employmentType)).toEqual(["dispatched"]);
    expect(errors(result)).toEqual([]);
  });
});

describe("parseRoster: headers", () => {
  it("matches headers in any order, with spaces, full-width characters and the short 役職手当", () => {
    const cells = [
      [
        "  性別 ",
        "社員 番号",
        "職階",
        "雇用形態",
        "雇用管理区分",
        "役職手当",
        "備考",
        "週所定\n労働時間",
      ],
      ["女", "E1", "一般", "正規", "総合職", "0", "memo", "40"],
    ];
    const result = parseRoster(cells);
    expect(errors(result)).toEqual([]);
    expect(result.columns).toEqual([
      { key: "gender", header: "  性別 ", index: 0 },
      { key: "employeeId", header: "社員 番号", index: 1 },
      { key: "grade", header: "職階", index: 2 },
      { key: "employmentType", header: "雇用形態", index: 3 },
      { key: "category", header: "雇用管理区分", index: 4 },
      { key: "positionAllowance", header: "役職手当", index: 5 },
      { key: "weeklyHours", header: "週所定\n労働時間", index: 7 },
    ]);
    expect(result.extraHeaders).toEqual(["備考"]);
    expect(result.workers[0]).toMatchObject({ employeeId: "E1", gender: "woman", weeklyHours: 40 });
  });

  it.each(["役職手当（月額）", "役職手当(月額)", " 役職手当 （月額） ", "役職手当（ 月額 ）"])(
    "%s is the allowance column",
    (header) => {
      const result = parseRoster([
        ["社員番号", "性別", "雇用管理区分", "雇用形態", "職階", header],
        ["E1", "女", "総合職", "正規", "係長級", "5000"],
      ]);
      expect(result.columns.at(-1)).toEqual({ key: "positionAllowance", header, index: 5 });
      expect(result.workers[0]!.positionAllowance).toBe(5000);
    },
  );

  it("names each missing required column on the header row and rejects every row", () => {
    const result = parseRoster([
      ["社員番号", "氏名", "雇用管理区分", "備考"],
      ["E1", "山田", "総合職", ""],
      ["E2", "佐藤", "", ""],
    ]);
    const missing = result.issues.filter((i) => i.code === "MISSING_COLUMN");
    expect(missing.map((i) => [i.row, i.column, i.columnIndex])).toEqual([
      [1, "性別", undefined],
      [1, "雇用形態", undefined],
      [1, "職階", undefined],
    ]);
    expect(missing[0]!.messageJa).toBe("必須の列「性別」がありません。");
    expect(missing[0]!.fixJa).toBe("1行目（見出し行）に「性別」の列を追加してください。");
    expect(result.workers).toEqual([]);
    expect(result.rejectedRows).toEqual([2, 3]);
    expect(result.rowCount).toBe(2);
    // The empty required cell that exists is still reported; the missing columns are not repeated per row.
    expect(places(result, "REQUIRED_MISSING")).toEqual([[3, 2]]);
  });

  it("reports a repeated column once and reads the first", () => {
    const result = parseRoster([
      ["社員番号", "性別", "雇用管理区分", "雇用形態", "職階", "性別 "],
      ["E1", "女", "総合職", "正規", "一般", "男"],
    ]);
    const issue = only(result, "DUPLICATE_COLUMN");
    expect([issue.row, issue.column, issue.columnIndex, issue.severity]).toEqual([
      1,
      "性別 ",
      5,
      "error",
    ]);
    expect(issue.messageJa).toContain("B列");
    expect(result.workers[0]!.gender).toBe("woman");
    expect(result.extraHeaders).toEqual([]);
  });

  it("accepts a header row below leading blank rows and honours firstRow", () => {
    const result = parseRoster([[], ["", ""], ...sheet([{ gender: "X" }])], { firstRow: 5 });
    expect(only(result, "INVALID_VALUE").row).toBe(8);
    expect(result.rejectedRows).toEqual([8]);
  });
});

describe("parseRoster: rows", () => {
  it("skips empty rows without renumbering the rest", () => {
    const cells = sheet([{}, {}, {}]);
    cells.splice(2, 0, [], ["", "  ", null, undefined, "\u3000"]);
    cells.push(["", ""]);
    cells.push(["E9", "", "X", "総合職", "正規"]);
    const result = parseRoster(cells);
    expect(result.rowCount).toBe(4);
    expect(result.workers.map((w) => w.row)).toEqual([2, 5, 6]);
    expect(places(result, "INVALID_VALUE")).toEqual([[8, COLUMN_INDEX.gender]]);
  });

  it("reports an empty roster: no cells, no header, or a header without rows", () => {
    for (const cells of [[], [[]], [["", " "], []]]) {
      const result = parseRoster(cells);
      expect(result.issues.map((i) => [i.code, i.row])).toEqual([["EMPTY_ROSTER", 1]]);
      expect(result.issues[0]!.messageJa).toBe("名簿が空です（見出し行がありません）。");
    }
    const headerOnly = parseRoster([TEMPLATE.map(([, h]) => h), [], [""]]);
    expect(headerOnly.issues.map((i) => [i.code, i.row, i.messageJa])).toEqual([
      ["EMPTY_ROSTER", 1, "名簿に従業員の行がありません。"],
    ]);
    expect(headerOnly.rowCount).toBe(0);
  });

  it("rejects a row with a missing required value and reports each one", () => {
    const result = parseRoster(sheet([{ employeeId: "", gender: " ", grade: null }, {}]));
    expect(places(result, "REQUIRED_MISSING")).toEqual([
      [2, COLUMN_INDEX.employeeId],
      [2, COLUMN_INDEX.gender],
    ]);
    // Issue 16: a blank 職階 is 一般 — a grouped warning, not a third error.
    expect(places(result, "GRADE_BLANK_AS_NONE")).toEqual([[2, COLUMN_INDEX.grade]]);
    const gender = result.issues[1]!;
    expect(gender).toMatchObject({
      severity: "error",
      column: "性別",
      messageJa: "「性別」が空欄です。この行は集計に使えません。",
      fixJa: "「女性」「男性」のいずれかを入力してください。",
    });
    expect(result.rejectedRows).toEqual([2]);
    expect(result.workers.map((w) => w.row)).toEqual([3]);
  });

  it("keeps a row whose optional cells are invalid, with those fields undefined", () => {
    const result = parseRoster(
      sheet([
        {
          hireDate: "2025-02-30",
          term: "永久",
          annualWage: "abc",
          weeklyHours: "0",
          positionAllowance: "-1",
        },
      ]),
    );
    expect(result.rejectedRows).toEqual([]);
    expect(result.workers[0]).toMatchObject({
      hireDate: undefined,
      term: undefined,
      annualWage: undefined,
      weeklyHours: undefined,
      positionAllowance: 0,
    });
    expect(result.issues.map((i) => [i.code, i.columnIndex])).toEqual([
      ["INVALID_VALUE", COLUMN_INDEX.term],
      ["INVALID_DATE", COLUMN_INDEX.hireDate],
      ["NEGATIVE_AMOUNT", COLUMN_INDEX.positionAllowance],
      ["NOT_A_NUMBER", COLUMN_INDEX.annualWage],
      ["INVALID_VALUE", COLUMN_INDEX.weeklyHours],
    ]);
  });

  it("reports every problem of every row, sorted by row then column", () => {
    const result = parseRoster(
      sheet([
        { weeklyHours: "x", gender: "?", employmentType: "派遣" },
        {},
        { annualWage: "1.5", grade: "社長", hireDate: "R7.13.1" },
      ]),
    );
    expect(result.issues.map((i) => [i.row, i.columnIndex, i.code])).toEqual([
      [2, COLUMN_INDEX.gender, "INVALID_VALUE"],
      [2, COLUMN_INDEX.employmentType, "DISPATCHED_EXCLUDED"],
      [2, COLUMN_INDEX.weeklyHours, "NOT_A_NUMBER"],
      [4, COLUMN_INDEX.hireDate, "INVALID_DATE"],
      [4, COLUMN_INDEX.grade, "INVALID_VALUE"],
      [4, COLUMN_INDEX.annualWage, "NOT_WHOLE_YEN"],
    ]);
    expect(result.rejectedRows).toEqual([2, 4]);
    expect(result.rowCount).toBe(3);
  });

  it("never puts the 氏名 in an issue", () => {
    const name = "秘密 太郎";
    const result = parseRoster(
      sheet([
        { name, gender: "?", employeeId: "" },
        { name, employmentType: "派遣", annualWage: "-1" },
      ]),
    );
    expect(result.issues.length).toBeGreaterThan(3);
    expect(JSON.stringify(result.issues)).not.toContain("秘密");
  });

  it("quotes the offending value in the issue, shortened when huge", () => {
    const huge = "あ".repeat(10_000);
    const result = parseRoster(sheet([{ gender: huge }]));
    const issue = only(result, "INVALID_VALUE");
    expect(issue.value!.length).toBe(201);
    expect(issue.messageJa.length).toBeLessThan(100);
  });
});
