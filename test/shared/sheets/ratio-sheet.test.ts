import { ratioSheet } from "../../../shared/sheets/ratio-sheet";
import { APP_AB, APPLICATION, records, snapshot } from "./fixtures";

describe("区分別女性比率", () => {
  const sheet = ratioSheet(APPLICATION.read.workers, APP_AB);

  test("every category with hand-counted women, men and the strict 40% verdict", () => {
    expect(records(sheet)).toEqual([
      {
        雇用管理区分: "総合職",
        女性比率: 0.286,
        "判定（4割未満か）": "4割未満（対象）",
        女性: 2,
        男性: 5,
        計: 7,
        申請した取組: "取組A・B",
      },
      {
        雇用管理区分: "一般職",
        女性比率: 0.4,
        "判定（4割未満か）": "ちょうど4割（対象外）",
        女性: 2,
        男性: 3,
        計: 5,
        申請した取組: "",
      },
      {
        雇用管理区分: "=1+1",
        女性比率: 0,
        "判定（4割未満か）": "4割未満（対象）",
        女性: 0,
        男性: 1,
        計: 1,
        申請した取組: "",
      },
      // The note under the table, after one empty row.
      expect.objectContaining({}),
      expect.objectContaining({ 雇用管理区分: expect.stringContaining("ちょうど40%") }),
    ]);
  });

  test("the chart spans the table's heading and data rows, labels in A and ratios in B", () => {
    expect(sheet.chart).toEqual({
      title: expect.any(String),
      labelColumn: 0,
      valueColumns: [1],
      firstRow: 1,
      lastRow: 4,
    });
    expect(sheet.rows[0]![1]).toBe("女性比率");
  });

  test("a category of dispatched workers only has no ratio, and 41% is not under 40%", () => {
    const roster = snapshot("x", [
      { id: "D1", sex: "女性", category: "受付", type: "派遣" },
      ...Array.from({ length: 100 }, (_, i) => ({
        id: `W${i}`,
        sex: i < 41 ? ("女性" as const) : ("男性" as const),
        category: "営業",
      })),
    ]);
    const rows = records(ratioSheet(roster.read.workers));
    expect(rows[0]).toMatchObject({ 雇用管理区分: "受付", 女性比率: "—", 計: 0 });
    expect(rows[0]!["判定（4割未満か）"]).toBe("労働者なし（派遣のみ）");
    expect(rows[1]).toMatchObject({ 女性比率: 0.41, "判定（4割未満か）": "4割以上（対象外）" });
  });

  test("39 of 100 is under 40%; the ratio column is formatted as a percentage", () => {
    const roster = snapshot(
      "x",
      Array.from({ length: 100 }, (_, i) => ({
        id: `W${i}`,
        sex: i < 39 ? ("女性" as const) : ("男性" as const),
        category: "営業",
      })),
    );
    const sheet39 = ratioSheet(roster.read.workers);
    expect(records(sheet39)[0]).toMatchObject({
      女性比率: 0.39,
      "判定（4割未満か）": "4割未満（対象）",
    });
    expect(sheet39.numberFormats?.[1]).toBe("0.0%");
  });

  test("an empty roster gives a table without a chart", () => {
    const sheetEmpty = ratioSheet([]);
    expect(sheetEmpty.chart).toBeUndefined();
    expect(sheetEmpty.rows[1]).toEqual(["（区分がありません）"]);
  });
});
