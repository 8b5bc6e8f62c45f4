/** The words of the schedule routes (Japanese first; the API's clients show messageJa). */
export const SCHEDULE_MESSAGES = {
  yearMismatch: (path: number, body: unknown) => ({
    ja: `URL の年度（${path}）とファイルの fiscalYear（${String(body)}）が違います。`,
    en: `The fiscal year in the URL (${path}) differs from the file's fiscalYear (${String(body)}).`,
  }),
  storedInvalid: "a stored schedule no longer passes the schedule schema; it is skipped",
} as const;
