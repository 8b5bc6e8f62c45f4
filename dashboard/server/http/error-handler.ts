import type { FastifyError, FastifyInstance } from "fastify";
import { ApiError } from "./api-error";

/**
 * Every error leaves as `{ error: { code, messageJa, messageEn, … } }`. Errors the client
 * caused keep their 4xx status; only our own faults are 500, and those never echo details.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    const apiError = error instanceof ApiError ? error : fromFastifyError(error);
    if (apiError.statusCode >= 500) request.log.error({ err: error }, "request failed");
    void reply.status(apiError.statusCode).send(apiError.toBody());
  });

  app.setNotFoundHandler((request, reply) => {
    void reply
      .status(404)
      .send(
        new ApiError(
          404,
          "NOT_FOUND",
          "該当するものがありません。",
          `No such resource: ${request.method} ${request.url.split("?")[0] ?? ""}`,
        ).toBody(),
      );
  });
}

export function fromFastifyError(error: FastifyError): ApiError {
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return new ApiError(
      413,
      "PAYLOAD_TOO_LARGE",
      "送信されたデータが大きすぎます。",
      "The request body is too large.",
    );
  }
  if (status === 415) {
    return new ApiError(
      415,
      "UNSUPPORTED_MEDIA_TYPE",
      "この形式のデータは受け付けていません（Content-Type を確認してください）。",
      "Unsupported Content-Type.",
    );
  }
  if (status === 429) {
    return new ApiError(
      429,
      "RATE_LIMITED",
      "試行回数が多すぎます。しばらく待ってからやり直してください。",
      "Too many attempts; try again later.",
    );
  }
  if (status >= 400 && status < 500) {
    // Malformed JSON, an empty JSON body, a poisoned prototype key, a bad header …
    return new ApiError(
      status,
      "BAD_REQUEST",
      "リクエストを読み取れませんでした（JSON の形式などを確認してください）。",
      `The request could not be read: ${error.message}`,
    );
  }
  return new ApiError(
    500,
    "INTERNAL",
    "サーバーで問題が発生しました。時間をおいてやり直してください。",
    "Internal server error.",
  );
}
