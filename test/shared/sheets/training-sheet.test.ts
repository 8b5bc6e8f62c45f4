import { MASKED_NAME } from "../../../shared/sheets/cell-labels";
import { trainingSheet } from "../../../shared/sheets/training-sheet";
import { column, PERIOD, records, REPORT } from "./fixtures";

describe("研修出席名簿", () => {
  const sheet = trainingSheet(REPORT.read.workers, PERIOD);

  test("everyone but the dispatched worker, in roster order, names masked", () => {
    expect(column(sheet, "社員番号")).toEqual([
      "E001",
      "E002",
      "E003",
      "E004",
      "E005",
      "E006",
      "E008",
      "E009",
      "E010",
      "E011",
      "E012",
      "E013",
      "E014",
      "E015",
    ]);
    expect(new Set(column(sheet, "氏名"))).toEqual(new Set([MASKED_NAME]));
    expect(JSON.stringify(sheet)).not.toMatch(/氏名E0|山田/);
  });

  test("the training date and whether it falls in the period", () => {
    const byId = Object.fromEntries(records(sheet).map((r) => [r["社員番号"], r]));
    expect(byId.E010).toMatchObject({ 研修受講日: null, 実施期間中: "×" });
    expect(byId.E011).toMatchObject({ 研修受講日: { date: "2025-07-01" }, 実施期間中: "×" });
    expect(byId.E015).toMatchObject({ 研修受講日: { date: "2025-11-10" }, 実施期間中: "○" });
    expect(sheet.rows[1]![0]).toBe(
      "実施期間（2025-08-01〜2026-01-31）中に受講: 14 人中 12 人。派遣労働者 1 人は従業員に含めていません。",
    );
  });

  test("without a period the list still shows dates but judges nothing", () => {
    const plain = trainingSheet(REPORT.read.workers);
    expect(plain.rows[2]).not.toContain("実施期間中");
    expect(plain.rows[1]![0]).toContain("研修受講日あり: 14 人中 13 人");
  });
});
