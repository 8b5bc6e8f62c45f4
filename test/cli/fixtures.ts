import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { COLUMNS } from "../../shared/roster/columns";

export const HEADERS = COLUMNS.map((c) => c.header);

/** A row by header name; unnamed columns stay empty. */
export function row(values: Partial<Record<string, string>>): string[] {
  return HEADERS.map((h) => values[h] ?? "");
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "katsuyaku-cli-"));
}

export function writeCsv(dir: string, name: string, rows: string[][], bom = true): string {
  const file = join(dir, name);
  writeFileSync(file, (bom ? Papa.BYTE_ORDER_MARK : "") + Papa.unparse([HEADERS, ...rows]));
  return file;
}

const r = (
  id: string,
  gender: string,
  category: string,
  type: string,
  grade: string,
  wage: string,
  extra: Partial<Record<string, string>> = {},
) =>
  row({
    社員番号: id,
    性別: gender,
    雇用管理区分: category,
    雇用形態: type,
    職階: grade,
    年間賃金: wage,
    雇用期間: type === "正規" ? "無期" : "有期",
    ...extra,
  });

/**
 * A hand-computed roster (rows 2–12):
 * 総合職 2 women of 5 = exactly 40% (not below); 技術職 1 of 3 = 33.3% (below); パート 2 of 2 = 100%;
 * the dispatched man in パート is excluded. Managers: S1 (woman, 課長級), S2 (man, 部長級); S3 is 役員
 * and also an employee (使用人兼務), so a worker in every count but never a manager.
 * Allowance: T1 (woman, 係長級, ¥10,000); S2's ¥5,000 is a manager's (warning, not counted).
 * Wages: regular women 15M/3 = 5M, men 32M/5 = 6.4M → 78.125 → 78.1; non-regular has no men → null;
 * all women 17.5M/5 = 3.5M vs 6.4M → 54.6875 → 54.7.
 * Regularly employed on 2025-06-30: 8 regulars + P1 (fixed-term since 2020) = 9; P2 (since 2025-05) is uncertain.
 */
export const HAND_ROSTER: string[][] = [
  r("S1", "女性", "総合職", "正規", "課長級", "6,000,000"),
  r("S2", "男性", "総合職", "正規", "部長級", "8,000,000", { "役職手当（月額）": "5,000" }),
  r("S3", "男性", "総合職", "正規", "役員", "10,000,000", { 使用人兼務: "はい" }),
  r("S4", "男性", "総合職", "正規", "係長級", "5,000,000"),
  r("S5", "女性", "総合職", "正規", "一般", "4,000,000"),
  r("T1", "女性", "技術職", "正規", "係長級", "5,000,000", { "役職手当（月額）": "10,000" }),
  r("T2", "男性", "技術職", "正規", "一般", "5,000,000"),
  r("T3", "男性", "技術職", "正規", "一般", "4,000,000"),
  r("P1", "女性", "パート", "非正規", "一般", "1,500,000", { 採用日: "2020-01-01" }),
  r("P2", "女性", "パート", "非正規", "一般", "1,000,000", { 採用日: "2025-05-01" }),
  r("X1", "男性", "パート", "派遣", "一般", ""),
];
