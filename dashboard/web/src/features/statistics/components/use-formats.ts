import { useMemo } from "react";
import { useI18n } from "../../../i18n/i18n-context";
import type { Figure } from "../../../lib/api-types";
import { formatFigure, formatNumber, formatPercent, formatYen, word } from "../../../lib/format";

/** The page language's formatters for counts, percentages, yen and axis ticks. */
export function useFormats() {
  const { lang } = useI18n();
  return useMemo(
    () => ({
      count: (f: Figure) => formatFigure(f, lang),
      percent: (f: Figure) => formatPercent(f, lang),
      yen: (f: Figure) => formatYen(f, lang),
      tick: (v: number) => formatNumber(v, lang),
      percentTick: (v: number) => `${formatNumber(v, lang)}%`,
      // Japanese axes count in 万円 (ten thousands), English ones in yen.
      yenTick: (v: number) =>
        word(lang, "yenTick", { amount: formatNumber(lang === "ja" ? v / 10_000 : v, lang) }),
    }),
    [lang],
  );
}
