import type { Words } from "./words";

/** The doors and the transport: sessions, bearer tokens, origins, bodies the server cannot read. */
export const HTTP_MESSAGES = {
  unauthenticated: { messageJa: "ログインしてください。", messageEn: "Please log in." },
  forbidden: {
    messageJa: "この操作を行う権限がありません。",
    messageEn: "You are not allowed to do this.",
  },
  invalidQuery: {
    messageJa: "指定された条件に誤りがあります。fields の項目を確認してください。",
    messageEn: "The query is not valid; see fields.",
  },
  invalidBody: {
    messageJa: "送信された内容に誤りがあります。fields の項目を確認してください。",
    messageEn: "The request body is not valid; see fields.",
  },
  notFound: (method: string, path: string): Words => ({
    messageJa: "該当するものがありません。",
    messageEn: `No such resource: ${method} ${path}`,
  }),
  payloadTooLarge: {
    messageJa: "送信されたデータが大きすぎます。",
    messageEn: "The request body is too large.",
  },
  unsupportedMediaType: {
    messageJa: "この形式のデータは受け付けていません（Content-Type を確認してください）。",
    messageEn: "Unsupported Content-Type.",
  },
  rateLimited: {
    messageJa: "試行回数が多すぎます。しばらく待ってからやり直してください。",
    messageEn: "Too many attempts; try again later.",
  },
  loginRateLimited: {
    messageJa: "ログインの試行回数が多すぎます。しばらく待ってからやり直してください。",
    messageEn: "Too many login attempts; try again later.",
  },
  badRequest: (detail: string): Words => ({
    messageJa: "リクエストを読み取れませんでした（JSON の形式などを確認してください）。",
    messageEn: `The request could not be read: ${detail}`,
  }),
  internal: {
    messageJa: "サーバーで問題が発生しました。時間をおいてやり直してください。",
    messageEn: "Internal server error.",
  },
  tokenRequired: {
    messageJa: "提出用トークン（Authorization: Bearer …）が必要です。",
    messageEn: "A submit token is required (Authorization: Bearer …).",
  },
  tokenInvalid: {
    messageJa: "提出用トークンが無効です（誤り、または失効しています）。",
    messageEn: "The submit token is not valid (wrong or revoked).",
  },
  originNotAllowed: (origin: string): Words => ({
    messageJa: "このオリジンからの提出は許可されていません（KATSUYAKU_ALLOWED_ORIGINS）。",
    messageEn: `Origin ${origin} may not submit here (KATSUYAKU_ALLOWED_ORIGINS).`,
  }),
} satisfies Record<string, Words | ((...args: never[]) => Words)>;
