import { seededRandom } from "../../dashboard/server/demo/prng";
import { COLUMNS } from "../../shared/roster/columns";

/**
 * Deterministic synthetic rosters in the template's format (header row + one row per
 * worker, all cells as text, as a CSV would hold them). Used by the benchmark and by the
 * tests that need realistic volume; values are valid unless a test damages them.
 */

// The 17 columns the generator fills; the optional columns added later (使用人兼務,
// 1年以上雇用見込み) are left out so that generated rosters and the benchmarks stay comparable.
export const TEMPLATE_HEADERS = COLUMNS.slice(0, 17).map((column) => column.header);

const CATEGORIES = ["総合職", "一般職", "技術職", "技能職", "パートタイマー", "嘱託"];
const FAMILY = ["佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "山本", "中村", "髙橋", "山﨑"];
const GIVEN = ["花子", "太郎", "美咲", "翔太", "陽菜", "蓮", "結衣", "大翔", "葵", "湊"];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function isoDate(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A roster of `workers` rows; the header is row 1 of the result. */
export function generateRosterCells(workers: number, seed = 1): string[][] {
  const random = seededRandom(seed);
  const rows: string[][] = [[...TEMPLATE_HEADERS]];
  for (let i = 0; i < workers; i++) {
    const woman = random() < 0.35;
    const type = random() < 0.65 ? "正規" : random() < 0.95 ? "非正規" : "派遣";
    const category =
      type === "正規" ? pick(random, CATEGORIES.slice(0, 4)) : pick(random, CATEGORIES.slice(4));
    const gradeRoll = random();
    const grade =
      type !== "正規"
        ? "一般"
        : gradeRoll < 0.03
          ? "部長級"
          : gradeRoll < 0.1
            ? "課長級"
            : gradeRoll < 0.2
              ? "係長級"
              : "一般";
    const holder = grade !== "一般";
    rows.push([
      `E${String(i + 1).padStart(6, "0")}`,
      `${pick(random, FAMILY)} ${pick(random, GIVEN)}`,
      woman ? "女性" : "男性",
      category,
      type,
      type === "正規" ? "無期" : "有期",
      isoDate(random, 2000, 2024),
      grade,
      holder ? (grade === "係長級" ? "係長" : grade === "課長級" ? "課長" : "部長") : "",
      holder ? isoDate(random, 2020, 2024) : "",
      grade === "係長級" ? String(10000 + 5000 * Math.floor(random() * 4)) : "",
      type === "正規" ? "対象" : "対象外",
      random() < 0.9 ? "都内" : "都外",
      type === "派遣" ? "" : "加入",
      random() < 0.97 ? isoDate(random, 2025, 2025) : "",
      String(2_000_000 + Math.floor(random() * 6_000_000)),
      type === "正規" ? "40" : String(10 + Math.floor(random() * 25)),
    ]);
  }
  return rows;
}

/** The rows as CSV text (RFC 4180 quoting where needed), as Excel would save them. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((row) =>
      row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(","),
    )
    .join("\r\n");
}
