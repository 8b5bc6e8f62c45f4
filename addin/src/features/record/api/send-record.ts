import type { StatsRecord } from "../../../../../shared/stats/record-schema";
import { bilingual, type Bilingual } from "../../../i18n/translate";
import { dashboardApiUrl } from "../../../settings/dashboard-url";

/** A message in both languages (server errors carry both; ours too). */
export type Said = Bilingual;

export type SendKind =
  | "stored"
  | "alreadyStored"
  | "conflict"
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "badUrl"
  | "network"
  | "refusedOrigin"
  | "other";

export interface SendOutcome {
  kind: SendKind;
  status: number | null;
  message: Said;
  /** The fields the server refused (400), by dotted path. */
  fields: { path: string; message: Said }[];
  ok: boolean;
}

/** `https://host/base/` → `https://host/base/api/submissions`; null when it is not an http(s) URL. */
export function submissionsUrl(base: string): string | null {
  return dashboardApiUrl(base, "submissions");
}

interface ErrorBody {
  error?: {
    messageJa?: string;
    messageEn?: string;
    fields?: { path?: string; messageJa?: string; messageEn?: string }[];
  };
}

const OURS: Record<Exclude<SendKind, "badUrl" | "network" | "refusedOrigin">, Said> = {
  stored: bilingual("send.stored"),
  alreadyStored: bilingual("send.alreadyStored"),
  conflict: bilingual("send.conflict"),
  invalid: bilingual("send.invalid"),
  unauthorized: bilingual("send.unauthorized"),
  forbidden: bilingual("send.forbidden"),
  other: bilingual("send.other"),
};

function kindOf(status: number): Exclude<SendKind, "badUrl" | "network" | "refusedOrigin"> {
  if (status === 201) return "stored";
  if (status === 200) return "alreadyStored";
  if (status === 409) return "conflict";
  if (status === 400 || status === 422) return "invalid";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  return "other";
}

/**
 * A browser hides why a cross-origin request failed. A no-cors HEAD to the same address tells
 * the two causes apart: it reaches a server that refused our origin (an opaque answer) but not
 * one that is down or blocked by the network.
 */
async function serverReachable(url: string, fetchImpl: typeof fetch): Promise<boolean> {
  try {
    await fetchImpl(url, { method: "HEAD", mode: "no-cors" });
    return true;
  } catch {
    return false;
  }
}

/** POSTs the record to the dashboard and explains the answer, Japanese first. Never throws. */
export async function sendRecord(
  base: string,
  token: string,
  record: StatsRecord,
  fetchImpl: typeof fetch = fetch,
  /** This pane's origin, which the dashboard must allow (KATSUYAKU_ALLOWED_ORIGINS). */
  origin: string = globalThis.location?.origin ?? "",
): Promise<SendOutcome> {
  const url = submissionsUrl(base);
  const fail = (kind: SendKind, message: Said): SendOutcome => ({
    kind,
    status: null,
    message,
    fields: [],
    ok: false,
  });
  if (url === null) return fail("badUrl", bilingual("send.badUrl"));
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${token.trim()}`, "content-type": "application/json" },
      body: JSON.stringify(record),
    });
  } catch {
    if (origin !== "" && (await serverReachable(url, fetchImpl)))
      return fail("refusedOrigin", bilingual("send.refusedOrigin", { origin }));
    return fail("network", bilingual("send.network"));
  }
  const kind = kindOf(response.status);
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // A proxy's HTML error page: our own message stands.
  }
  const server = body.error;
  const serverSaid =
    server?.messageJa && server.messageEn ? { ja: server.messageJa, en: server.messageEn } : null;
  const message =
    serverSaid && (kind === "forbidden" || kind === "invalid" || kind === "other")
      ? bilingual("error.withDetail", (lang) => ({
          message: OURS[kind][lang],
          detail: serverSaid[lang],
        }))
      : OURS[kind];
  const fields = (server?.fields ?? []).map((f) => ({
    path: f.path ?? "",
    message: { ja: f.messageJa ?? "", en: f.messageEn ?? "" },
  }));
  return {
    kind,
    status: response.status,
    message,
    fields,
    ok: kind === "stored" || kind === "alreadyStored",
  };
}
