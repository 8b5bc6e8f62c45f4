import type { BreakdownCell, WageGapBreakdown } from "../../rules/wage-gap-breakdown";
import { t, type Lang } from "../args";

function cellLine(c: BreakdownCell, lang: Lang): string {
  const figure = c.hidden || c.percent === null ? "—" : `${c.percent.toFixed(1)}%`;
  const heads = t(lang, `女性 ${c.women} 人・男性 ${c.men} 人`, `${c.women} women, ${c.men} men`);
  return `  ${t(lang, c.label.ja, c.label.en)}: ${figure}（${heads}）`;
}

/** The gap by 職階 and by tenure band, and what the grade mix explains. */
export function breakdownText(b: WageGapBreakdown, lang: Lang): string {
  const lines = [
    t(lang, "職階別の男女の賃金の差異", "Wage gap by grade"),
    ...b.byGrade.map((c) => cellLine(c, lang)),
    t(lang, "勤続年数別の男女の賃金の差異", "Wage gap by tenure"),
    ...b.byTenure.map((c) => cellLine(c, lang)),
    t(
      lang,
      "  ※ 女性または男性が3人未満の欄は「—」です（個人の賃金が分かるため）",
      "  * A cell with fewer than 3 women or men shows “—” (it would reveal individual pay)",
    ),
    "",
    t(lang, b.gradeMix.sentence.ja, b.gradeMix.sentence.en),
  ];
  if (b.gradeMix.assumption)
    lines.push(t(lang, b.gradeMix.assumption.ja, b.gradeMix.assumption.en));
  return lines.join("\n");
}
