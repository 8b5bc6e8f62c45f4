import type { Words } from "./words";

/** The published tables. */
export const SUMMARY_MESSAGES = {
  unknownRound: {
    messageJa: "この年度にこの申請回はありません。",
    messageEn: "The fiscal year has no such round.",
  },
} satisfies Record<string, Words>;
