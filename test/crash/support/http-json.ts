import http from "node:http";

export interface JsonResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One HTTP request over node:http (not fetch: the same code runs under Jest's VM and tsx). A
 * connection reset or refusal rejects: to a client that is "no answer", never "stored".
 */
export function request(
  baseUrl: string,
  method: string,
  urlPath: string,
  options: { body?: unknown; headers?: Record<string, string>; agent?: http.Agent } = {},
): Promise<JsonResponse> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${baseUrl}${urlPath}`,
      {
        method,
        agent: options.agent,
        headers: {
          ...(payload === undefined
            ? {}
            : {
                "content-type": "application/json",
                "content-length": String(Buffer.byteLength(payload)),
              }),
          ...options.headers,
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(payload);
  });
}

/** Logs in as admin and issues a submit token for fiscal 2025 round 1. */
export async function adminToken(
  baseUrl: string,
  password: string,
): Promise<{ cookie: string; token: string }> {
  const login = await request(baseUrl, "POST", "/api/login", {
    body: { username: "admin", password },
  });
  const setCookie = login.headers["set-cookie"]?.[0];
  if (login.status !== 200 || !setCookie) throw new Error(`login: ${login.status} ${login.body}`);
  const cookie = setCookie.split(";")[0]!;
  const issued = await request(baseUrl, "POST", "/api/tokens", {
    body: { fiscalYear: 2025, round: 1, label: "crash" },
    headers: { cookie },
  });
  if (issued.status !== 201) throw new Error(`token: ${issued.status} ${issued.body}`);
  return { cookie, token: (JSON.parse(issued.body) as { token: string }).token };
}
