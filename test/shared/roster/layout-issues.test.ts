import { parseRoster } from "../../../shared/roster/parse-roster";
import { readRosterCsv } from "../../../shared/roster/read-csv";

const encode = (text: string) => new TextEncoder().encode(text);
const HEAD = "社員番号,性別,雇用管理区分,雇用形態,職階";

describe("problems with the sheet's layout are never silent", () => {
  it("an unclosed quote is an error at its row, not a silently shorter roster", () => {
    const csv = `${HEAD},役職名\nE1,女,総合職,正規,一般,"リーダー\nE2,男,総合職,正規,一般,\nE3,男,総合職,正規,一般,\n`;
    const result = readRosterCsv(encode(csv));
    const malformed = result.issues.filter((i) => i.code === "MALFORMED_CSV");
    expect(malformed).toHaveLength(1);
    expect(malformed[0]).toMatchObject({ severity: "error", row: 2 });
    expect(malformed[0]!.messageJa).toContain("CSV の形式が壊れています");
  });

  it("a value beyond the last header (an unquoted 4,000,000) is an error naming the column letter", () => {
    const csv = `${HEAD},年間賃金\nE1,女,総合職,正規,一般,4,000,000\nE2,男,総合職,正規,一般,5000000\n`;
    const result = readRosterCsv(encode(csv));
    const extra = result.issues.filter((i) => i.code === "EXTRA_CELLS");
    expect(extra.map((i) => [i.row, i.column, i.columnIndex, i.value])).toEqual([
      [2, "G列", 6, "000"],
      [2, "H列", 7, "000"],
    ]);
    expect(extra.every((i) => i.severity === "error")).toBe(true);
    // The well-formed row is untouched.
    expect(result.workers.find((w) => w.employeeId === "E2")?.annualWage).toBe(5_000_000);
  });

  it("an unknown header is a warning, with the template header it probably meant", () => {
    const result = parseRoster([
      [...HEAD.split(","), "役職手当(月額・円)", "年間賃金(円)", "備考"],
      ["E1", "女", "総合職", "正規", "係長級", "10000", "4000000", "メモ"],
    ]);
    const unknown = result.issues.filter((i) => i.code === "UNKNOWN_COLUMN");
    expect(unknown.map((i) => [i.row, i.column, i.severity])).toEqual([
      [1, "役職手当(月額・円)", "warning"],
      [1, "年間賃金(円)", "warning"],
      [1, "備考", "warning"],
    ]);
    expect(unknown[0]!.fixJa).toContain("役職手当（月額）");
    expect(unknown[1]!.fixJa).toContain("年間賃金");
    expect(unknown[2]!.fixJa).toBeUndefined();
    expect(result.extraHeaders).toEqual(["役職手当(月額・円)", "年間賃金(円)", "備考"]);
  });

  it("a date before 1920 (a number typed into a date column) is accepted with a warning", () => {
    const result = parseRoster([
      [...HEAD.split(","), "採用日", "研修受講日"],
      ["E1", "女", "総合職", "正規", "一般", "2025", "1"],
      ["E2", "男", "総合職", "正規", "一般", "1920-01-01", "45931"],
    ]);
    expect(result.workers.map((w) => [w.hireDate, w.trainingDate])).toEqual([
      ["1905-07-17", "1900-01-01"],
      ["1920-01-01", "2025-10-01"],
    ]);
    const warned = result.issues.filter((i) => i.code === "IMPLAUSIBLE_DATE");
    expect(warned.map((i) => [i.row, i.column])).toEqual([
      [2, "採用日"],
      [2, "研修受講日"],
    ]);
  });
});
