/** The server's words about releases (issue 14), Japanese first. */
export const RELEASE_MESSAGES = {
  notReleased: (fiscalYear: number, round: number | null) => ({
    messageJa:
      round === null
        ? `${fiscalYear}年度の集計はまだ公表されていません。管理者が公表すると表示されます。`
        : `${fiscalYear}年度 第${round}回の集計はまだ公表されていません。管理者が公表すると表示されます。`,
    messageEn:
      round === null
        ? `Fiscal ${fiscalYear} has not been released yet; it appears once an admin releases it.`
        : `Fiscal ${fiscalYear} round ${round} has not been released yet; it appears once an admin releases it.`,
  }),
  refused: {
    messageJa: "秘匿の監査により、この公表は作成できません。reasonsJa の理由を確認してください。",
    messageEn: "The disclosure audit refused this release; see reasonsEn.",
  },
  busy: {
    messageJa: "同じ年度の公表が同時に作成されました。もう一度公表してください。",
    messageEn: "Another release of this fiscal year was created at the same moment; try again.",
  },
  unknownRound: (fiscalYear: number, round: number) => ({
    messageJa: `${fiscalYear}年度 第${round}回は日程表にありません。`,
    messageEn: `Fiscal ${fiscalYear} round ${round} is not in the schedule.`,
  }),
  /** records of rounds the year's schedule no longer has (a schedule uploaded again) */
  roundsNotInSchedule: (fiscalYear: number, rounds: readonly number[]) => ({
    messageJa: `${fiscalYear}年度 第${rounds.join("・")}回の記録がありますが、日程表にその回がありません。日程表にその回を戻すか、その回の記録を取り消してから公表してください。`,
    messageEn: `Fiscal ${fiscalYear} has records of round ${rounds.join(", ")}, which its schedule no longer has. Put the round back into the schedule, or revoke its records, then release.`,
  }),
  unknownFiscalYear: {
    messageJa: "この年度の申請回の日程表がありません。",
    messageEn: "No schedule for this fiscal year.",
  },
  /** printed in every export, beside the date */
  releaseLabel: (id: number, date: string, round: number | null) => ({
    messageJa: `公表番号 ${id}（${date} 公表${round === null ? "" : `・第${round}回`}）`,
    messageEn: `Release ${id} (${date}${round === null ? "" : `, round ${round}`})`,
  }),
} as const;
