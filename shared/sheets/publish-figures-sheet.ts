import type { Reason } from "../rules/action-result";
import type { PublishFigures, RatioFigure } from "../rules/publish-figures";
import type { TenureFigure } from "../rules/tenure";
import type { GroupGap } from "../rules/wage-gap";
import type { ResultSheet, SheetCell } from "./result-sheet";

export const PUBLISH_SHEET_NAME = "公表データ";

const HEADINGS = [
  "項目（データベースの入力欄）",
  "数値",
  "単位",
  "内訳",
  "備考（数値がない理由・注記）",
];

const figure = (value: number | null): SheetCell => (value === null ? "—" : value);
const why = (reason: Reason | undefined): string => reason?.ja ?? "";

function ratioRow(label: string, r: RatioFigure): SheetCell[] {
  return [label, figure(r.percent), "%", `女性 ${r.women} 人 / ${r.total} 人`, why(r.reason)];
}

function tenureRow(label: string, x: TenureFigure): SheetCell[] {
  return [label, figure(x.years), "年", `${x.counted} 人`, why(x.reason)];
}

function gapRow(label: string, g: GroupGap): SheetCell[] {
  const heads = `女性 ${g.women.headcount} 人・男性 ${g.men.headcount} 人`;
  return [label, figure(g.percent), "%", heads, why(g.reason)];
}

/**
 * 公表データ: the items of 女性の活躍推進企業データベース in the order of its form, one per row, so
 * that a person can type them in: figure, unit, the counts behind it and why a figure is missing.
 * The wage gap's 説明欄 notes follow, those MHLW requires with the figures first.
 */
export function publishFiguresSheet(f: PublishFigures): ResultSheet {
  const rows: SheetCell[][] = [
    [`女性の活躍推進企業データベースに公表する数値（${f.asOf} 時点・名簿から計算）`],
    HEADINGS.slice(),
    ratioRow("労働者に占める女性労働者の割合", f.femaleWorkerRatio),
    ...f.femaleWorkerRatioByCategory.map((c) => ratioRow(`\u3000うち ${c.category}`, c)),
    ratioRow("係長級にある者に占める女性労働者の割合", f.femaleSectionChiefRatio),
    ratioRow("管理職に占める女性労働者の割合", f.femaleManagerRatio),
    ratioRow("役員に占める女性の割合", f.femaleOfficerRatio),
    tenureRow("男女の平均継続勤務年数（女性）", f.averageTenure.female),
    tenureRow("男女の平均継続勤務年数（男性）", f.averageTenure.male),
    gapRow("男女の賃金の差異（全労働者）", f.wageGap.all),
    gapRow("男女の賃金の差異（正規雇用労働者）", f.wageGap.regular),
    gapRow("男女の賃金の差異（パート・有期労働者）", f.wageGap.nonRegular),
    [],
    ["男女の賃金の差異の説明欄（【公表時に注記が必要】のものは必ず記載）"],
  ];
  const notes = [...f.wageGap.notes].sort((a, b) => Number(b.mustPublish) - Number(a.mustPublish));
  for (const n of notes) rows.push([n.ja]);
  rows.push([], ["平均継続勤務年数について"]);
  for (const n of f.averageTenure.notes) rows.push([n.ja]);
  rows.push(
    [],
    [
      "注: 派遣労働者は数えていません。数値は名簿の記載どおりに計算した案です。公表前に内容を確認してください。",
    ],
  );
  return {
    name: PUBLISH_SHEET_NAME,
    rows,
    headerRows: 2,
    columnWidths: [40, 10, 6, 24, 60],
    numberFormats: [null, "0.0", null, null, null],
  };
}
