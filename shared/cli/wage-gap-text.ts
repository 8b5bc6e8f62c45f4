import { formatPercent } from "../rules/female-ratio";
import type { GroupGap, WageGapResult } from "../rules/wage-gap";
import { t, type Lang } from "./args";

// Apart from commands/wage-gap.ts so that `check` and `publish-figures` print the same
// figures without loading that command's options and breakdown.
function groupLine(label: string, group: GroupGap, lang: Lang): string {
  const why = group.reason ? `（${t(lang, group.reason.ja, group.reason.en)}）` : "";
  return `  ${label}: ${formatPercent(group.percent)}${why}`;
}

export function wageGapText(result: WageGapResult, lang: Lang): string {
  return [
    t(
      lang,
      "男女の賃金の差異（男性の平均賃金に対する女性の平均賃金の割合）",
      "Gender wage gap (women's mean wage as % of men's)",
    ),
    groupLine(t(lang, "全労働者", "All workers"), result.all, lang),
    groupLine(t(lang, "正規雇用労働者", "Regular"), result.regular, lang),
    groupLine(t(lang, "パート・有期労働者", "Non-regular"), result.nonRegular, lang),
    "",
    t(lang, "注記", "Notes"),
    ...result.notes.map((n) => `  ・${t(lang, n.ja, n.en)}`),
  ].join("\n");
}
