import type { ErrorBody, FieldProblem, RowProblem } from "../../../shared/api/errors";
import { HTTP_MESSAGES } from "../messages/http";
import type { Words } from "../messages/words";

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

/** An ApiError with its words from a catalog (messages/). */
export const apiError = (
  statusCode: number,
  code: string,
  words: Words,
  extra: Omit<ErrorBody["error"], "code" | "messageJa" | "messageEn"> = {},
) => new ApiError(statusCode, code, words.messageJa, words.messageEn, extra);

export const unauthenticated = () =>
  apiError(401, "UNAUTHENTICATED", HTTP_MESSAGES.unauthenticated);

export const forbidden = () => apiError(403, "FORBIDDEN", HTTP_MESSAGES.forbidden);

export const validationFailed = (fields: FieldProblem[], where: "body" | "query" = "body") =>
  apiError(
    400,
    "VALIDATION_FAILED",
    where === "query" ? HTTP_MESSAGES.invalidQuery : HTTP_MESSAGES.invalidBody,
    { fields },
  );
