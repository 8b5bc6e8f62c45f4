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
} satisfies Record<string, Words>;
