import { en } from "../i18n/en";
import { ja, type MessageKey } from "../i18n/ja";
import type { Figure } from "./api-types";

export type Lang = "ja" | "en";

/** Printed for a suppressed figure, as in official statistics. */
export const SUPPRESSED_MARK = "X";
/** Printed for a figure with no data (a median of no companies). */
export const MISSING_MARK = "-";

const LOCALES: Record<Lang, string> = { ja: "ja-JP", en: "en-US" };

export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return value.toLocaleString(LOCALES[lang], {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** A published figure as text: "X" when suppressed, "-" when there is nothing to show. */
export function formatFigure(figure: Figure, lang: Lang, digits = 0): string {
  if (figure.suppressed) return SUPPRESSED_MARK;
  if (figure.value === null) return MISSING_MARK;
  return formatNumber(figure.value, lang, digits);
}

/** A word of the page language's catalog (i18n/), for formatters that run outside React. */
export function word(lang: Lang, key: MessageKey, params: Record<string, string | number>): string {
  return interpolate((lang === "ja" ? ja : en)[key], params);
}

/** Yen amounts: 67,000,000円 / ¥67,000,000. */
export function formatYen(figure: Figure, lang: Lang): string {
  const text = formatFigure(figure, lang);
  if (figure.suppressed || figure.value === null) return text;
  return word(lang, "yenAmount", { amount: text });
}

/** Percentages with one decimal (the grant's own precision). */
export function formatPercent(figure: Figure, lang: Lang): string {
  const text = formatFigure(figure, lang, 1);
  return figure.suppressed || figure.value === null ? text : `${text}%`;
}

/** 令和7年度 / FY2025 (令和元年 = 2019). */
export function fiscalYearLabel(fiscalYear: number, lang: Lang): string {
  const n = fiscalYear - 2018;
  if (n < 1) return word(lang, "fiscalYearPlain", { year: fiscalYear });
  const era = n === 1 ? word(lang, "eraFirstYear", {}) : n;
  return word(lang, "fiscalYearEra", { era, year: fiscalYear });
}

/** 第3回 / Round 3 */
export function roundLabel(round: number, lang: Lang): string {
  return word(lang, "roundLabel", { round });
}

/** An ISO timestamp as a Tokyo date and time, or "-" when absent. */
export function formatDateTime(iso: string | null, lang: Lang): string {
  if (!iso) return MISSING_MARK;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return MISSING_MARK;
  return date.toLocaleString(LOCALES[lang], {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/** Fills {name} placeholders of a dictionary message. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** a ÷ b as a percentage figure; suppressed if either is, missing if b is 0 or absent. */
export function ratioFigure(part: Figure, whole: Figure): Figure {
  if (part.suppressed || whole.suppressed) return { value: null, suppressed: true };
  if (part.value === null || whole.value === null || whole.value === 0) {
    return { value: null, suppressed: false };
  }
  return { value: Math.round((part.value / whole.value) * 1000) / 10, suppressed: false };
}
