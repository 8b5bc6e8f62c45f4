import type { z } from "zod";
import { errorBodySchema, type ErrorBody } from "../../../../shared/api/errors";
import { word, type Lang } from "./format";

/** The server's error body (shared/api/errors.ts): a Japanese and an English message. */
export type ApiErrorBody = ErrorBody;

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
  ) {
    super(body?.error.messageEn ?? `HTTP ${status}`);
  }

  /** The server's message in the page language, or a generic one. */
  messageIn(lang: Lang): string {
    if (this.body) return lang === "ja" ? this.body.error.messageJa : this.body.error.messageEn;
    return word(lang, "serverUnreachable", { status: this.status });
  }

  fieldMessage(path: string, lang: Lang): string | undefined {
    const field = this.body?.error.fields?.find((f) => f.path === path);
    if (!field) return undefined;
    return lang === "ja" ? field.messageJa : field.messageEn;
  }
}

/** Listeners told when any request comes back 401 (the session ended): the shell logs out. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

/** A body sent as it is (an import file's CSV text), with its own content type. */
export class RawBody {
  constructor(
    readonly text: string,
    readonly contentType: string,
  ) {}
}

// The server refuses a JSON content type with an empty body: send it only with a body.
function bodyInit(body: unknown): { headers: Record<string, string>; body: string | null } {
  if (body === undefined) return { headers: {}, body: null };
  if (body instanceof RawBody) {
    return { headers: { "content-type": body.contentType }, body: body.text };
  }
  return { headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}

/**
 * One call; the answer is parsed with its schema from the API contract (shared/api/), so a page
 * never works on a shape the contract does not promise. null: the answer has no body (204).
 * `as: "text"`: the answer is a file (the contract's "file"), returned as text unparsed.
 */
async function request<S extends z.ZodType>(
  schema: S | null,
  method: string,
  url: string,
  body?: unknown,
  as: "json" | "text" = "json",
): Promise<z.output<S>> {
  let response: Response;
  try {
    response = await fetch(url, { method, credentials: "same-origin", ...bodyInit(body) });
  } catch {
    throw new ApiRequestError(0, null);
  }
  if (response.status === 204) return undefined as z.output<S>;
  const text = await response.text();
  if (response.ok && as === "text") return text as z.output<S>;
  const json: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && url !== "/api/login") {
      for (const listener of unauthorizedListeners) listener();
    }
    const error = errorBodySchema.safeParse(json);
    throw new ApiRequestError(response.status, error.success ? error.data : null);
  }
  return schema === null ? (undefined as z.output<S>) : schema.parse(json);
}

export const api = {
  get: <S extends z.ZodType>(schema: S, url: string) => request(schema, "GET", url),
  post: <S extends z.ZodType>(schema: S, url: string, body?: unknown) =>
    request(schema, "POST", url, body),
  /** a POST answered 204 (no body) */
  postNoContent: async (url: string): Promise<void> => {
    await request(null, "POST", url);
  },
  /** a POST whose answer is a file (CSV), returned as text */
  postForText: async (url: string, body: unknown): Promise<string> =>
    (await request(null, "POST", url, body, "text")) as unknown as string,
  put: <S extends z.ZodType>(schema: S, url: string, body: unknown) =>
    request(schema, "PUT", url, body),
  patch: <S extends z.ZodType>(schema: S, url: string, body: unknown) =>
    request(schema, "PATCH", url, body),
  delete: async (url: string): Promise<void> => {
    await request(null, "DELETE", url);
  },
};
