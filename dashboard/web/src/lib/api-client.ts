import type { Lang } from "./format";

/** The server's error body: every failure carries a Japanese and an English message. */
export interface ApiErrorBody {
  error: {
    code: string;
    messageJa: string;
    messageEn: string;
    fields?: { path: string; code: string; messageJa: string; messageEn: string }[];
  };
}

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
    return lang === "ja"
      ? `サーバーに接続できませんでした（${this.status}）。`
      : `Could not reach the server (${this.status}).`;
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

async function request<T>(method: string, url: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: "same-origin",
      // The server refuses a JSON content type with an empty body: send it only with a body.
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(0, null);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && url !== "/api/login") {
      for (const listener of unauthorizedListeners) listener();
    }
    throw new ApiRequestError(response.status, isErrorBody(json) ? json : null);
  }
  return json as T;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === "object" && value !== null && "error" in value;
}

export const api = {
  get: <T>(url: string) => request<T>("GET", url),
  post: <T>(url: string, body?: unknown) => request<T>("POST", url, body),
  put: <T>(url: string, body: unknown) => request<T>("PUT", url, body),
  patch: <T>(url: string, body: unknown) => request<T>("PATCH", url, body),
  delete: <T>(url: string) => request<T>("DELETE", url),
};
