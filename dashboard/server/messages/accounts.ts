import { apiError } from "../http/api-error";
import type { Words } from "./words";

/** Logging in, users and submit tokens. */
export const ACCOUNT_MESSAGES = {
  loginFailed: {
    messageJa: "ユーザー名またはパスワードが違います。",
    messageEn: "Wrong username or password.",
  },
  usernameTaken: {
    messageJa: "このユーザー名は既に使われています。",
    messageEn: "This username is already taken.",
  },
  usernameTakenField: { messageJa: "既に使われています。", messageEn: "Already taken." },
  tokenNotFound: {
    messageJa: "該当する有効なトークンがありません。",
    messageEn: "No such active token.",
  },
  userNotFound: { messageJa: "該当する利用者がいません。", messageEn: "No such user." },
  ownAccount: {
    messageJa:
      "自分自身のアカウントの権限・無効化・パスワード再設定・削除はできません。別の管理者に依頼してください。",
    messageEn:
      "You cannot change the role of, disable, reset or delete your own account; ask another admin.",
  },
  lastAdmin: {
    messageJa:
      "有効な管理者が1人もいなくなるため、この操作はできません。先に別の利用者を管理者にしてください。",
    messageEn: "This would leave no active admin; make another user an admin first.",
  },
} satisfies Record<string, Words>;

/** zod's custom messages of shared/api/users.ts, in Japanese. */
export const ACCOUNT_FIELD_JA: Record<string, string> = {
  "role or disabled is required": "role（権限）か disabled（無効化）のどちらかを指定してください。",
};

export const userNotFound = () => apiError(404, "USER_NOT_FOUND", ACCOUNT_MESSAGES.userNotFound);

/** An admin may not change, disable, reset or delete their own account through these routes. */
export const notOnYourself = () => apiError(409, "OWN_ACCOUNT", ACCOUNT_MESSAGES.ownAccount);

export const lastAdmin = () => apiError(409, "LAST_ADMIN", ACCOUNT_MESSAGES.lastAdmin);
