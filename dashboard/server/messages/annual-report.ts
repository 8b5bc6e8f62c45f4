import type { Words } from "./words";

/** The annual report's API: its texts and their versions. */
export const ANNUAL_REPORT_MESSAGES = {
  unknownFiscalYear: {
    messageJa: "この年度の申請回の日程表がありません。",
    messageEn: "No schedule for this fiscal year.",
  },
  unknownItem: (id: string): Words => ({
    messageJa: `計画の項目「${id}」はありません。`,
    messageEn: `No plan item "${id}".`,
  }),
  duplicateItem: {
    messageJa: "同じ項目が複数回含まれています。",
    messageEn: "An item appears more than once.",
  },
  textVersionConflict: {
    messageJa: "他の人が先に編集しました。最新の内容を読み込み直してから編集してください。",
    messageEn: "Someone else edited these items first; reload and edit again.",
  },
} satisfies Record<string, Words | ((...args: never[]) => Words)>;

/** The name a downloaded report is saved under (the ASCII fallback is `progress-report-Y`). */
export const reportFileName = (era: string, extension: string) => `${era}取組実績.${extension}`;
