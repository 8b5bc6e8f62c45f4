import type { ErrorBody, FieldProblem, RowProblem } from "../../../shared/api/errors";

/** The error body is part of the API contract (shared/api/errors.ts). */
export type { ErrorBody, FieldProblem, RowProblem };

/** An error the client caused or must know about; becomes `ErrorBody` with its status. */
export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly messageJa: string,
    readonly messageEn: string,
    readonly extra: Omit<ErrorBody["error"], "code" | "messageJa" | "messageEn"> = {},
  ) {
    super(messageEn);
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        messageJa: this.messageJa,
        messageEn: this.messageEn,
        ...this.extra,
      },
    };
  }
}

export const unauthenticated = () =>
  new ApiError(401, "UNAUTHENTICATED", "ログインしてください。", "Please log in.");

export const forbidden = () =>
  new ApiError(
    403,
    "FORBIDDEN",
    "この操作を行う権限がありません。",
    "You are not allowed to do this.",
  );

export const validationFailed = (fields: FieldProblem[], where: "body" | "query" = "body") =>
  new ApiError(
    400,
    "VALIDATION_FAILED",
    where === "query"
      ? "指定された条件に誤りがあります。fields の項目を確認してください。"
      : "送信された内容に誤りがあります。fields の項目を確認してください。",
    where === "query"
      ? "The query is not valid; see fields."
      : "The request body is not valid; see fields.",
    { fields },
  );
