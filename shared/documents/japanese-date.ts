import { type CivilDate, dateParts } from "../dates/civil-date";

/** 2025-08-01 → 「2025年8月1日」, the way the forms write dates. */
export function japaneseDate(date: CivilDate): string {
  const { year, month, day } = dateParts(date);
  return `${year}年${month}月${day}日`;
}

/** 「2025年8月1日〜2026年1月31日」 */
export function japanesePeriod(period: { start: CivilDate; end: CivilDate }): string {
  return `${japaneseDate(period.start)}〜${japaneseDate(period.end)}`;
}
