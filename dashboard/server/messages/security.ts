import { LONE_SURROGATE_MESSAGE, NUL_MESSAGE } from "../../../shared/api/db-safe";
import { HTTP_MESSAGES } from "./http";
import { ApiError, apiError, validationFailed, type FieldProblem } from "../http/api-error";

/** Server words of the input and login protections (Japanese first, English second). */
export const UNSTORABLE_TEXT_JA: Record<string, string> = {
  [NUL_MESSAGE]:
    "NUL 文字（U+0000）は使えません。文字列から取り除いてください（貼り付けた文字に含まれていることがあります）。",
  [LONE_SURROGATE_MESSAGE]:
    "壊れた文字（対になっていないサロゲート）が含まれています。その文字を入力し直してください。",
};

/** A field of the request holds text PostgreSQL cannot store. */
export function unstorableField(path: string, reason: string): FieldProblem {
  return {
    path,
    code: "unstorable_text",
    messageJa: UNSTORABLE_TEXT_JA[reason] ?? "保存できない文字が含まれています。",
    messageEn: `The text ${reason}; remove that character.`,
  };
}

export const unstorableInput = (fields: FieldProblem[], where: "body" | "query") =>
  validationFailed(fields, where);

/** Too many login attempts from one address, or for one username, within the window. */
export const loginRateLimited = () => apiError(429, "RATE_LIMITED", HTTP_MESSAGES.loginRateLimited);

export const accountDisabled = () =>
  new ApiError(
    403,
    "ACCOUNT_DISABLED",
    "このアカウントは無効になっています。管理者に連絡してください。",
    "This account is disabled; ask an administrator.",
  );

/** KATSUYAKU_TRUST_PROXY could not be read. */
export const trustProxyInvalid = (value: string) =>
  `KATSUYAKU_TRUST_PROXY は 0、プロキシの段数（1 など）、またはプロキシのアドレス・CIDR のカンマ区切りで指定してください（"${value}" は読めません）。 / KATSUYAKU_TRUST_PROXY must be 0, a hop count (e.g. 1) or a comma-separated list of proxy addresses/CIDRs; cannot read "${value}".`;

/** A URL Fastify's router cannot decode (a broken %-escape such as "%E0" or "%ED%A0%80"). */
export const badUrl = () =>
  new ApiError(
    400,
    "BAD_URL",
    "URL を読み取れませんでした（% で始まる文字の並びが正しくありません）。",
    "The URL could not be read (a broken %-escape).",
  );
