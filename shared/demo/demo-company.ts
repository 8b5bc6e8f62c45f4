import { COLUMNS } from "../roster/columns";
import { ACTION_IDS } from "../rules/action-result";

/**
 * 株式会社デモ: a fictional 30-person company in round 1 of FY2025 whose two rosters show
 * every part of the rules at work — a category under 40%, a woman promoted to 課長級 (A),
 * another starting to receive 役職手当 as 係長級 (B), a new パートリーダー post held by a
 * female part-timer (C) who is also newly covered by the retirement plan (D), a dispatched
 * worker who is excluded, a manager paid an allowance (a warning) and a new hire.
 * Everything is invented; the names are deliberately ordinary.
 */

/** Headers in template order (ROSTER-TEMPLATE.md). */
const DEMO_HEADERS = COLUMNS.map((column) => column.header);

type Row = string[];

/** [社員番号, 氏名, 性別, 区分, 形態, 期間, 採用日, 職階, 役職名, 就任日, 手当, 退職金, 勤務地, 雇用保険, 研修, 年間賃金, 週時間] at application. */
// prettier-ignore
const APPLICATION: Row[] = [
  ["D001", "山田 一郎", "男性", "総合職", "正規", "無期", "2001-04-01", "役員", "取締役", "2018-06-25", "", "対象", "都内", "", "", "12,000,000", "40"],
  ["D002", "佐藤 健", "男性", "総合職", "正規", "無期", "2003-04-01", "部長級", "営業部長", "2019-04-01", "", "対象", "都内", "加入", "", "9,200,000", "40"],
  ["D003", "鈴木 誠", "男性", "総合職", "正規", "無期", "2008-04-01", "課長級", "営業課長", "2021-04-01", "20,000", "対象", "都内", "加入", "", "7,400,000", "40"],
  ["D004", "高橋 直子", "女性", "総合職", "正規", "無期", "2009-04-01", "課長級", "経理課長", "2022-10-01", "", "対象", "都内", "加入", "", "7,100,000", "40"],
  ["D005", "田中 大輔", "男性", "総合職", "正規", "無期", "2012-04-01", "係長級", "営業係長", "2020-04-01", "15,000", "対象", "都内", "加入", "", "6,000,000", "40"],
  ["D006", "伊藤 美咲", "女性", "総合職", "正規", "無期", "2013-04-01", "係長級", "経理係長", "2021-10-01", "15,000", "対象", "都内", "加入", "", "5,800,000", "40"],
  ["D007", "渡辺 翔太", "男性", "総合職", "正規", "無期", "2015-04-01", "一般", "", "", "", "対象", "都内", "加入", "", "5,200,000", "40"],
  ["D008", "中村 陽菜", "女性", "総合職", "正規", "無期", "2016-04-01", "一般", "", "", "", "対象", "都内", "加入", "", "5,000,000", "40"],
  ["D009", "小林 蓮", "男性", "総合職", "正規", "無期", "2018-04-01", "一般", "", "", "", "対象", "都外", "加入", "", "4,700,000", "40"],
  ["D010", "加藤 湊", "男性", "総合職", "正規", "無期", "2020-04-01", "一般", "", "", "", "対象", "都内", "加入", "", "4,300,000", "40"],
  ["D011", "吉田 大翔", "男性", "総合職", "正規", "無期", "2022-04-01", "一般", "", "", "", "対象", "都内", "加入", "", "4,000,000", "40"],
  ["D012", "山本 結衣", "女性", "一般職", "正規", "無期", "2010-04-01", "一般", "", "", "", "対象", "都内", "加入", "", "4,600,000", "40"],
  ["D013", "松本 葵", "女性", "一般職", "正規", "無期", "2014-04-01", "一般", "", "", "", "対象", "都内", "加入", "", "4,200,000", "40"],
  ["D014", "井上 さくら", "女性", "一般職", "正規", "無期", "2019-04-01", "一般", "", "", "", "対象", "都内", "加入", "", "3,900,000", "40"],
  ["D015", "木村 拓也", "男性", "一般職", "正規", "無期", "2021-04-01", "一般", "", "", "", "対象", "都内", "加入", "", "3,800,000", "40"],
  ["D016", "林 優子", "女性", "一般職", "正規", "無期", "2023-04-01", "一般", "", "", "", "対象", "都内", "加入", "", "3,500,000", "40"],
  ["D017", "清水 健太", "男性", "パートタイマー", "非正規", "有期", "2019-05-01", "一般", "", "", "", "対象外", "都内", "加入", "", "2,100,000", "30"],
  ["D018", "森 美穂", "女性", "パートタイマー", "非正規", "有期", "2020-07-01", "一般", "", "", "", "対象外", "都内", "加入", "", "1,600,000", "24"],
  ["D019", "池田 隆", "男性", "パートタイマー", "非正規", "有期", "2021-09-01", "一般", "", "", "", "対象外", "都内", "加入", "", "1,900,000", "30"],
  ["D020", "橋本 真由美", "女性", "パートタイマー", "非正規", "有期", "2022-02-01", "一般", "", "", "", "対象外", "都内", "加入", "", "1,500,000", "20"],
  ["D021", "石川 浩二", "男性", "パートタイマー", "非正規", "有期", "2023-06-01", "一般", "", "", "", "対象外", "都内", "未加入", "", "1,200,000", "18"],
  ["D022", "山口 和夫", "男性", "パートタイマー", "非正規", "有期", "2024-01-15", "一般", "", "", "", "対象外", "都外", "加入", "", "1,800,000", "28"],
  ["D023", "斎藤 恵", "女性", "嘱託", "非正規", "有期", "2018-04-01", "一般", "", "", "", "対象外", "都内", "加入", "", "3,000,000", "32"],
  ["D024", "前田 里奈", "女性", "派遣スタッフ", "派遣", "有期", "2024-04-01", "一般", "", "", "", "", "都内", "", "", "", "40"],
];

/** Changes by the report date: who was promoted, trained, hired. */
function reportRows(): Row[] {
  const rows = APPLICATION.map((row) => [...row] as Row);
  const byId = (id: string) => rows.find((r) => r[0] === id)!;
  // A: 伊藤 美咲 becomes 営業推進課長 at 課長級 — the company's second female manager.
  Object.assign(byId("D006"), { 7: "課長級", 8: "営業推進課長", 9: "2025-10-01", 10: "" });
  // B: 中村 陽菜 becomes 係長 with a monthly allowance.
  Object.assign(byId("D008"), { 7: "係長級", 8: "営業係長", 9: "2025-09-01", 10: "15,000" });
  // C + D: the new パートリーダー post, open to part-timers, and the part-timers' new retirement plan.
  Object.assign(byId("D018"), {
    7: "係長級",
    8: "パートリーダー",
    9: "2025-11-04",
    10: "10,000",
    11: "対象",
  });
  for (const row of rows) if (row[4] === "非正規") row[11] = "対象";
  // 取組3: everyone trained on one of two sessions inside the period.
  rows.forEach(
    (row, i) => (row[14] = row[4] === "派遣" ? "" : i % 2 === 0 ? "2025-12-10" : "2025-12-17"),
  );
  // A new hire during the period.
  // prettier-ignore
  rows.push(["D025", "藤田 彩", "女性", "総合職", "正規", "無期", "2025-10-01", "一般", "", "", "", "対象", "都内", "加入", "2025-12-10", "1,100,000", "40"]);
  return rows;
}

/**
 * The rows above omit the last two columns, 使用人兼務 and 1年以上雇用見込み; they go in here. The demo's
 * officer is also an employee (使用人兼務役員), so every count keeps him as a worker.
 */
function withOptionalColumns(row: Row): Row {
  return [...row, row[7] === "役員" ? "はい" : "", ""];
}

/** The application-date roster (申請時) as cells, header first. */
export function demoApplicationCells(): string[][] {
  return [[...DEMO_HEADERS], ...APPLICATION.map(withOptionalColumns)];
}

/** The report-date roster (実績報告時) as cells, header first. */
export function demoReportCells(): string[][] {
  return [[...DEMO_HEADERS], ...reportRows().map(withOptionalColumns)];
}

/** What the demo company applied for. */
export const DEMO_APPLICATION = {
  fiscalYear: 2025,
  round: 1,
  actions: ACTION_IDS,
  targets: { A: "総合職", B: "総合職", C: "パートタイマー" },
} as const;
