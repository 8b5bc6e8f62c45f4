/** The words of the plan-item and organisation routes (Japanese first). */
export const PLAN_MESSAGES = {
  unknownYear: {
    ja: "この年度の申請回の日程表がありません。",
    en: "No schedule for this fiscal year.",
  },
  planConflict: {
    ja: "他の人が先に計画項目を保存しました。最新の内容を読み込み直してから編集してください。",
    en: "Someone else saved the plan items first; reload and edit again.",
  },
  organisationConflict: {
    ja: "他の人が先に組織名を保存しました。読み込み直してから編集してください。",
    en: "Someone else saved the organisation name first; reload and edit again.",
  },
} as const;
