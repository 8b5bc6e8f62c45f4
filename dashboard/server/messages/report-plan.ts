/** The programme the annual report covers: fixed by what this tool is for. */
export const PROGRAMME =
  "女性管理職比率・男女間賃金格差改善促進事業（男女間賃金格差改善促進奨励金）";

/** The organisation line's default until policy staff set it on the 年次報告 page. */
export const DEFAULT_ORGANISATION = "公益財団法人東京しごと財団";

/** The words of the plan-item and organisation routes (Japanese first). */
export const PLAN_MESSAGES = {
  unknownYear: {
    messageJa: "この年度の申請回の日程表がありません。",
    messageEn: "No schedule for this fiscal year.",
  },
  planConflict: {
    messageJa:
      "他の人が先に計画項目を保存しました。最新の内容を読み込み直してから編集してください。",
    messageEn: "Someone else saved the plan items first; reload and edit again.",
  },
  organisationConflict: {
    messageJa: "他の人が先に組織名を保存しました。読み込み直してから編集してください。",
    messageEn: "Someone else saved the organisation name first; reload and edit again.",
  },
} as const;
