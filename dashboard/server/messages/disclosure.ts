import type { Words } from "./words";

/**
 * Server words of disclosure control (release checks, the audit), Japanese first.
 * Figures are named by their cell id (measure@scope/breakdown/key) so that an administrator can
 * find them in docs/privacy-sdc.md.
 */

function format(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "−∞";
  return String(Math.round(n * 100) / 100);
}

export const DISCLOSURE_MESSAGES = {
  solverNotReady: {
    messageJa:
      "公表前の監査に使う線形計画ソルバーを読み込み中です。数秒後にもう一度お試しください。",
    messageEn:
      "The solver that audits a release is still loading. Please try again in a few seconds.",
  },
  solverFailed: {
    messageJa:
      "公表前の監査に使う線形計画ソルバーを読み込めませんでした。公表は行いません（サーバーのログを確認してください）。",
    messageEn:
      "The solver that audits a release could not be loaded, so nothing is released (see the server log).",
  },
  auditFailed: (detail: string): Words => ({
    messageJa: `公表前の監査が完了しませんでした（${detail}）。公表は行いません。`,
    messageEn: `The audit of the release did not complete (${detail}); nothing is released.`,
  }),
  /**
   * Only the width of what an attacker could narrow a figure to, never its bounds: the admin
   * who reads a refusal may not see any company's record (docs/privacy.md), and the bounds of a
   * figure of 1–2 companies would tell it.
   */
  pinned: (label: string, halfWidth: number, required: number): Words => ({
    messageJa: `${label}: 公表済みの表と合わせると ±${format(halfWidth)} の幅まで絞り込めます（保護には幅 ±${format(required)} 以上が必要）。`,
    messageEn: `${label}: together with the published tables it can be narrowed to ±${format(halfWidth)} (protection needs at least ±${format(required)}).`,
  }),
  more: (count: number): Words => ({
    messageJa: `ほか ${count} 件の数値も同様に絞り込めます。`,
    messageEn: `${count} more figures can be narrowed down likewise.`,
  }),
  refused: {
    messageJa: "1〜2社の数値が他の公表と組み合わせて特定できてしまうため、この公表は作成しません。",
    messageEn:
      "This release is refused: figures of one or two companies could be derived from it together with other releases.",
  },
} satisfies Record<string, Words | ((...args: never[]) => Words)>;
