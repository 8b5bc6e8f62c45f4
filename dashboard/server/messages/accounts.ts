import { ApiError } from "../http/api-error";

/** Server words of the account management (admin only), Japanese first. */

/** zod's custom messages of shared/api/users.ts, in Japanese. */
export const ACCOUNT_FIELD_JA: Record<string, string> = {
  "role or disabled is required": "role（権限）か disabled（無効化）のどちらかを指定してください。",
};

export const userNotFound = () =>
  new ApiError(404, "USER_NOT_FOUND", "該当する利用者がいません。", "No such user.");

/** An admin may not change, disable, reset or delete their own account through these routes. */
export const notOnYourself = () =>
  new ApiError(
    409,
    "OWN_ACCOUNT",
    "自分自身のアカウントの権限・無効化・パスワード再設定・削除はできません。別の管理者に依頼してください。",
    "You cannot change the role of, disable, reset or delete your own account; ask another admin.",
  );

export const lastAdmin = () =>
  new ApiError(
    409,
    "LAST_ADMIN",
    "有効な管理者が1人もいなくなるため、この操作はできません。先に別の利用者を管理者にしてください。",
    "This would leave no active admin; make another user an admin first.",
  );
