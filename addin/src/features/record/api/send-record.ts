import { dashboardApiUrl } from "../../../lib/dashboard-url";
import type { StatsRecord } from "../../../../../shared/stats/record-schema";

/** A message in both languages (server errors carry both; ours too). */
export interface Said {
  ja: string;
  en: string;
}

export type SendKind =
  | "stored"
  | "alreadyStored"
  | "conflict"
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "badUrl"
  | "network"
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

const OURS: Record<Exclude<SendKind, "badUrl" | "network">, Said> = {
  stored: { ja: "受け付けました。ご協力ありがとうございます。", en: "Received. Thank you." },
  alreadyStored: {
    ja: "このレコードは既に受け付け済みです（同じ内容の再送のため、二重には登録されません）。",
    en: "This record was already received (a resend of the same content is stored once).",
  },
  conflict: {
    ja: "同じ提出IDで別の内容が既に送信されています。内容を直した場合は「新しい提出IDにする」を押してから送信してください。",
    en: "Other content was already sent under this submission ID. If you corrected the record, choose “New submission ID” and send again.",
  },
  invalid: {
    ja: "レコードの内容が受け付けられませんでした（項目の誤り）。",
    en: "The record was refused: some fields are not valid.",
  },
  unauthorized: {
    ja: "提出用トークンが正しくないか、期限切れです。財団から受け取ったトークンを確認してください。",
    en: "The submission token is wrong or expired. Check the token the foundation gave you.",
  },
  forbidden: {
    ja: "このトークンではこのレコードを提出できません（年度・申請回が違う可能性があります）。",
    en: "This token cannot submit this record (it may be for another fiscal year or round).",
  },
  other: {
    ja: "ダッシュボードが予期しない応答を返しました。時間をおいて再度お試しください。",
    en: "The dashboard answered unexpectedly. Please try again later.",
  },
};

function kindOf(status: number): Exclude<SendKind, "badUrl" | "network"> {
  if (status === 201) return "stored";
  if (status === 200) return "alreadyStored";
  if (status === 409) return "conflict";
  if (status === 400 || status === 422) return "invalid";
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  return "other";
}

/** POSTs the record to the dashboard and explains the answer, Japanese first. Never throws. */
export async function sendRecord(
  base: string,
  token: string,
  record: StatsRecord,
  fetchImpl: typeof fetch = fetch,
): Promise<SendOutcome> {
  const url = submissionsUrl(base);
  const fail = (kind: SendKind, message: Said): SendOutcome => ({
    kind,
    status: null,
    message,
    fields: [],
    ok: false,
  });
  if (url === null)
    return fail("badUrl", {
      ja: "ダッシュボードのURLは https:// で始まる形で入力してください。",
      en: "Enter the dashboard URL starting with https://.",
    });
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: "POST",
      headers: { Authorization: `Bearer ${token.trim()}`, "content-type": "application/json" },
      body: JSON.stringify(record),
    });
  } catch {
    return fail("network", {
      ja: "ダッシュボードに接続できません。URL とネットワーク（社内のプロキシ設定など）を確認してください。送信できない場合は「ファイルに保存」で財団に渡すこともできます。",
      en: "Cannot reach the dashboard. Check the URL and the network (a company proxy, for example). You can also save the record as a file and hand it over.",
    });
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
      ? { ja: `${OURS[kind].ja}（${serverSaid.ja}）`, en: `${OURS[kind].en} (${serverSaid.en})` }
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
