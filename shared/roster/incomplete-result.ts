import type { RosterReadResult } from "./read-result";
import { rowList } from "./messages";

/** One roster as the incomplete-result notice names it. */
export interface NamedRoster {
  /** 申請時 / 実績報告時 (… の名簿 is added), or a label ending in 名簿. */
  labelJa: string;
  labelEn: string;
  read: Pick<RosterReadResult, "rejectedRows">;
}

/**
 * While any row is excluded (a required value unusable), no verdict, sheet or record is
 * final: every result says so first, with how many rows and where to fix them.
 */
export interface IncompleteResult {
  /** Rows left out across the rosters. */
  excludedRows: number;
  rosters: { labelJa: string; labelEn: string; rows: number[] }[];
  messageJa: string;
  messageEn: string;
}

/** The notice for these rosters, or null when no row is excluded (results may be final). */
export function incompleteResult(rosters: readonly NamedRoster[]): IncompleteResult | null {
  const withRows = rosters
    .filter((r) => r.read.rejectedRows.length > 0)
    .map((r) => ({ labelJa: r.labelJa, labelEn: r.labelEn, rows: [...r.read.rejectedRows] }));
  if (withRows.length === 0) return null;
  const excludedRows = withRows.reduce((n, r) => n + r.rows.length, 0);
  // "申請時" → "申請時の名簿"; a label that already says 名簿 stays as it is.
  const rosterJa = (label: string) => (label.endsWith("名簿") ? label : `${label}の名簿`);
  const whereJa = withRows
    .map((r) => `${rosterJa(r.labelJa)} ${rowList(r.rows, 10).ja}`)
    .join("、");
  const whereEn = withRows.map((r) => `${r.labelEn} roster ${rowList(r.rows, 10).en}`).join("; ");
  return {
    excludedRows,
    rosters: withRows,
    messageJa: `【下書き・未確定】名簿のエラーで ${excludedRows} 行（${whereJa}）が判定から除外されています。この結果は確定していません。検証結果（エラーの一覧）を見て名簿を直し、もう一度チェックしてください。`,
    messageEn: `[DRAFT, not final] ${excludedRows} row(s) are left out because of roster errors (${whereEn}). These results are not final: fix the rows listed in the validation results and check again.`,
  };
}
