import { formatYen } from "../../../shared/rules/explain";
import { formatPercent } from "../../../shared/rules/female-ratio";
import { dateParts, isCivilDate, weekday } from "../../../shared/dates/civil-date";
import type { Lang } from "./translate";

/** ¥1,000,000 — the same in both languages, so figures read the same on the form and the pane. */
export function yenLabel(yen: number): string {
  return `¥${formatYen(Math.round(yen))}`;
}

/** 38.5% or — for no ratio (never 0% for an empty category). */
export function percentLabel(percent: number | null): string {
  return formatPercent(percent);
}

const WEEKDAYS_JA = ["日", "月", "火", "水", "木", "金", "土"];
const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** 2025年8月1日(金) / Fri 2025-08-01; anything that is not a civil date is shown as typed. */
export function dateLabel(date: string, lang: Lang): string {
  if (!isCivilDate(date)) return date;
  const { year, month, day } = dateParts(date);
  const dow = weekday(date);
  return lang === "en"
    ? `${WEEKDAYS_EN[dow]} ${date}`
    : `${year}年${month}月${day}日(${WEEKDAYS_JA[dow]})`;
}

/** A headcount that may be fractional with the hours conversion: 12 or 10.75. */
export function headcountLabel(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0+$/, "");
}

/** Bytes for people: 12.3 KB. */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
