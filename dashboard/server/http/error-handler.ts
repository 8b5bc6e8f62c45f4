import type { FastifyError, FastifyInstance } from "fastify";
import { ApiError, apiError } from "./api-error";
import { HTTP_MESSAGES } from "../messages/http";

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
        apiError(
          404,
          "NOT_FOUND",
          HTTP_MESSAGES.notFound(request.method, request.url.split("?")[0] ?? ""),
        ).toBody(),
      );
  });
}

export function fromFastifyError(error: FastifyError): ApiError {
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return apiError(413, "PAYLOAD_TOO_LARGE", HTTP_MESSAGES.payloadTooLarge);
  }
  if (status === 415) {
    return apiError(415, "UNSUPPORTED_MEDIA_TYPE", HTTP_MESSAGES.unsupportedMediaType);
  }
  if (status === 429) {
    return apiError(429, "RATE_LIMITED", HTTP_MESSAGES.rateLimited);
  }
  if (status >= 400 && status < 500) {
    // Malformed JSON, an empty JSON body, a poisoned prototype key, a bad header …
    return apiError(status, "BAD_REQUEST", HTTP_MESSAGES.badRequest(error.message));
  }
  return apiError(500, "INTERNAL", HTTP_MESSAGES.internal);
}
