import type { Words } from "./words";

/** Submissions and imports of statistics records. */
export const RECORD_MESSAGES = {
  roundNotInSchedule: (fiscalYear: number, round: number): Words => ({
    messageJa: `${fiscalYear}年度 第${round}回は日程表にありません。`,
    messageEn: `Fiscal ${fiscalYear} round ${round} is not in the schedule.`,
  }),
  tokenScope: (fiscalYear: number, round: number): Words => ({
    messageJa: `このトークンは${fiscalYear}年度 第${round}回の提出用です。`,
    messageEn: `This token is for fiscal ${fiscalYear} round ${round} only.`,
  }),
  submissionConflict: {
    messageJa:
      "この submissionId は別の内容で提出済みです。内容を直した場合は新しい submissionId で提出してください。",
    messageEn:
      "This submissionId was already submitted with other content; use a new submissionId.",
  },
  submissionConflictField: {
    messageJa: "別の内容で提出済みです。",
    messageEn: "Already submitted with other content.",
  },
  importRefused: (rows: number, refused: number): Words => ({
    messageJa: `${rows}件中${refused}件を受け付けられないため、ファイル全体を取り込んでいません。rows の各行を確認してください。`,
    messageEn: `${refused} of ${rows} rows were refused, so nothing was imported; see rows.`,
  }),
  importNotArray: {
    messageJa: "JSON の場合はレコードの配列を送ってください。",
    messageEn: "A JSON import must be an array of records.",
  },
  unknownColumn: (column: string): Words => ({
    messageJa: `列「${column}」は受け付けていません（定義された列だけを含めてください）。`,
    messageEn: `Unknown column "${column}".`,
  }),
  missingColumn: (column: string): Words => ({
    messageJa: `列「${column}」がありません。`,
    messageEn: `Column "${column}" is missing.`,
  }),
  duplicateColumn: {
    messageJa: "同じ名前の列が複数あります。",
    messageEn: "A column appears more than once.",
  },
  importColumns: {
    messageJa: "CSV の見出し行が統計レコードの列と一致しません。ファイル全体を取り込んでいません。",
    messageEn: "The CSV header does not match the record columns; nothing was imported.",
  },
  /** papaparse's own message is the English one */
  csvRow: (detail: string): Words => ({
    messageJa: "この行の列の数が見出し行と一致しません。",
    messageEn: detail,
  }),
  importEmpty: { messageJa: "レコードが1件もありません。", messageEn: "The file has no records." },
  importTooManyRows: (max: number): Words => ({
    messageJa: `1ファイルは${max.toLocaleString("ja-JP")}件までです。`,
    messageEn: `At most ${max} records per file.`,
  }),
  duplicateInFile: {
    messageJa: "同じ submissionId で内容の異なる行がファイル内にあります。",
    messageEn: "Another row of this file has the same submissionId with other content.",
  },
  storedWithOtherContent: {
    messageJa: "この submissionId は別の内容で登録済みです。",
    messageEn: "This submissionId is already stored with other content.",
  },
} satisfies Record<string, Words | ((...args: never[]) => Words)>;
