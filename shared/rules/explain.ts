import type { Reason } from "./action-result";

/** Builds a bilingual reason; Japanese first, as the UI shows it. */
export function reason(ja: string, en: string): Reason {
  return { ja, en };
}

/** "E001, E002, E003 ほか 4 人" — long lists stay readable in a task pane. */
export function idList(ids: readonly string[], max = 10): { ja: string; en: string } {
  if (ids.length <= max) return { ja: ids.join(", "), en: ids.join(", ") };
  const shown = ids.slice(0, max).join(", ");
  const rest = ids.length - max;
  return { ja: `${shown} ほか ${rest} 人`, en: `${shown} and ${rest} more` };
}

/** "1 person" / "3 people". */
export function people(n: number): string {
  return n === 1 ? "1 person" : `${n} people`;
}

/** "3 人 → 4 人で、1 人増えています" and its English twin, for the count an action compares. */
export function increaseReason(
  labelJa: string,
  labelEn: string,
  before: number,
  after: number,
): Reason {
  if (after > before)
    return reason(
      `${labelJa}が ${before} 人 → ${after} 人で、${after - before} 人増えています。`,
      `${labelEn}: ${before} → ${after}, up by ${after - before}.`,
    );
  if (after === before)
    return reason(
      `${labelJa}が ${before} 人 → ${after} 人で、増えていません。`,
      `${labelEn}: ${before} → ${after}, no increase.`,
    );
  return reason(
    `${labelJa}が ${before} 人 → ${after} 人で、${before - after} 人減っています。`,
    `${labelEn}: ${before} → ${after}, down by ${before - after}.`,
  );
}

/** "2025-08-01〜2026-01-31" */
export function periodText(period: { start: string; end: string }): string {
  return `${period.start}〜${period.end}`;
}

/** 1,000,000 — written out by hand so the rules do not depend on the runtime's locale data. */
export function formatYen(yen: number): string {
  return String(yen).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** 「主任」「班長」 ほか 3 件 — quoted names (titles, categories), shortened when long. */
export function quotedList(items: readonly string[], max = 10): { ja: string; en: string } {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  return {
    ja: shown.map((t) => `「${t}」`).join("") + (rest > 0 ? ` ほか ${rest} 件` : ""),
    en: shown.map((t) => `"${t}"`).join(", ") + (rest > 0 ? ` and ${rest} more` : ""),
  };
}
