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

/**
 * Per-company tokens for fiscal 2025 round 1 (issue 14: a company's second record replaces its
 * first, so every record that should be stored needs its own company's token), issued in
 * batches through POST /api/tokens/batch and read back from its mail-merge CSV.
 */
export async function companyTokens(
  baseUrl: string,
  cookie: string,
  count: number,
): Promise<string[]> {
  const tokens: string[] = [];
  for (let start = 0; start < count; start += 2000) {
    const labels = Array.from(
      { length: Math.min(2000, count - start) },
      (_, i) => `company-${start + i}`,
    );
    const issued = await request(baseUrl, "POST", "/api/tokens/batch", {
      body: { fiscalYear: 2025, round: 1, labels },
      headers: { cookie },
    });
    if (issued.status !== 201) throw new Error(`tokens: ${issued.status} ${issued.body}`);
    const lines = issued.body
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n")
      .slice(1);
    for (const line of lines) tokens.push(line.split(",")[1]!);
  }
  return tokens;
}
