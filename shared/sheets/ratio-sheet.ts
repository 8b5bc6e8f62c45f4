import type { Worker } from "../roster/worker";
import type { Application, MatchedActionId } from "../rules/action-result";
import { femaleRatioByCategory, isBelow40 } from "../rules/female-ratio";
import { textKey } from "../rules/text-key";
import type { ResultSheet, SheetCell } from "./result-sheet";

export const RATIO_SHEET_NAME = "区分別女性比率";

/** The table's heading row: the chart's series names come from it. */
const HEADINGS = [
  "雇用管理区分",
  "女性比率",
  "判定（4割未満か）",
  "女性",
  "男性",
  "計",
  "申請した取組",
];

function verdict(women: number, total: number): string {
  // A category is listed only when someone is in it, so an empty one holds dispatched workers only.
  if (total === 0) return "労働者なし（派遣のみ）";
  if (isBelow40(women, total)) return "4割未満（対象）";
  // 2 of 5 is exactly 40%: the guideline's "下回る" is strict (p.1 (3)).
  return women * 5 === total * 2 ? "ちょうど4割（対象外）" : "4割以上（対象外）";
}

function actionsFor(category: string, app: Application | undefined): string {
  if (app === undefined) return "";
  const ids = (["A", "B", "C"] as const).filter(
    (a: MatchedActionId) =>
      app.actions.includes(a) &&
      app.targets[a] !== undefined &&
      textKey(app.targets[a]) === category,
  );
  return ids.length === 0 ? "" : `取組${ids.join("・")}`;
}

/**
 * 区分別女性比率: every 雇用管理区分 of the application roster with its women, men and ratio, and
 * the strict 40% verdict (`women * 5 < total * 2`), plus a clustered column chart of the ratios.
 * The ratio is stored as the rules round it (one decimal, half up), so the sheet shows the
 * same figure as the task pane.
 */
export function ratioSheet(workers: readonly Worker[], app?: Application): ResultSheet {
  const ratios = femaleRatioByCategory(workers);
  const rows: SheetCell[][] = [HEADINGS.slice()];
  for (const r of ratios) {
    // Tenths of a percent over 1000: 28.6 → 0.286 exactly, not 0.28600000000000003.
    const ratio: SheetCell =
      r.femaleRatioPercent === null ? "—" : Math.round(r.femaleRatioPercent * 10) / 1000;
    rows.push([
      r.category,
      ratio,
      verdict(r.women, r.total),
      r.women,
      r.men,
      r.total,
      actionsFor(r.category, app),
    ]);
  }
  const lastTableRow = rows.length;
  rows.push([]);
  rows.push([
    "注: 派遣労働者は数えていません。女性比率がちょうど40%の区分は「4割を下回る」に当たらず、対象外です。",
  ]);
  if (ratios.length === 0) rows.splice(1, 0, ["（区分がありません）"]);
  return {
    name: RATIO_SHEET_NAME,
    rows,
    headerRows: 1,
    columnWidths: [24, 10, 22, 8, 8, 8, 16],
    numberFormats: [null, "0.0%", null, "#,##0", "#,##0", "#,##0", null],
    ...(ratios.length > 0
      ? {
          chart: {
            title: "雇用管理区分別の女性比率（4割未満が対象）",
            labelColumn: 0,
            valueColumns: [1],
            firstRow: 1,
            lastRow: lastTableRow,
          },
        }
      : {}),
  };
}
