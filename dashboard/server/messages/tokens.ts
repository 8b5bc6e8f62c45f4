/** The server's words about per-company tokens, their records and import batches (issue 14). */
export const TOKEN_MESSAGES = {
  noCompanyRecord: {
    messageJa:
      "このトークンの企業のレコードはありません（回単位の旧トークンのレコードは取り消せません）。",
    messageEn:
      "This token's company has no record (records of an old round token cannot be revoked).",
  },
  batchNotFound: {
    messageJa: "該当する取り込み（取り消し前のもの）がありません。",
    messageEn: "No such import batch (or it was removed already).",
  },
  /** the header of the mail-merge CSV */
  batchCsvHeader: ["企業の参照名 / label", "提出用トークン / token", "年度", "回", "トークンID"],
} as const;
