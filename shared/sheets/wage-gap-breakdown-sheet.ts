import type { BreakdownCell, WageGapBreakdown } from "../rules/wage-gap-breakdown";
import type { ResultSheet, SheetCell } from "./result-sheet";

export const BREAKDOWN_SHEET_NAME = "賃金差異の要因";

function cellRow(c: BreakdownCell): SheetCell[] {
  const figure: SheetCell = c.hidden || c.percent === null ? "—" : c.percent;
  return [c.label.ja, figure, c.women, c.men, c.reason?.ja ?? ""];
}

const HEADINGS = ["", "男女の賃金の差異（%）", "女性（人）", "男性（人）", "備考"];

/**
 * 賃金差異の要因: the MHLW figure within each 職階 and tenure band, cells with fewer than three
 * women or men as "—", and the sentence saying how much the grade mix explains.
 */
export function wageGapBreakdownSheet(b: WageGapBreakdown, asOf: string): ResultSheet {
  const rows: SheetCell[][] = [
    [`男女の賃金の差異の要因（職階別・勤続年数別、勤続は ${asOf} 時点）`],
    [b.gradeMix.sentence.ja],
  ];
  if (b.gradeMix.assumption) rows.push([b.gradeMix.assumption.ja]);
  rows.push([], ["職階", ...HEADINGS.slice(1)], ...b.byGrade.map(cellRow));
  rows.push([], ["勤続年数", ...HEADINGS.slice(1)], ...b.byTenure.map(cellRow));
  rows.push(
    [],
    ["注: 女性または男性が3人未満の欄は、個人の賃金が分かるため数値を示さず「—」としています。"],
    [
      "注: 「職階の構成で説明できる」ポイントは、女性が男性と同じ割合で各職階にいた場合の差異（再重み付け）と実際の差異の差です。",
    ],
  );
  return {
    name: BREAKDOWN_SHEET_NAME,
    rows,
    headerRows: 1,
    columnWidths: [16, 18, 10, 10, 60],
    numberFormats: [null, "0.0", "#,##0.##", "#,##0.##", null],
  };
}
