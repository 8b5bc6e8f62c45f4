import type { InjectOptions } from "fastify";
import { makeRecord } from "../support/records";
import { startTestApp, login, sessionCookie, type TestApp } from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(60_000);

type Who = "anonymous" | "submitter" | "policy" | "foundation" | "admin";
const EVERYONE: Who[] = ["anonymous", "submitter", "policy", "foundation", "admin"];
const SESSION_ROLES = ["policy", "foundation", "admin"] as const;

interface Endpoint {
  name: string;
  /** who may call it, and the status they get */
  allowed: Who[];
  ok: number;
  request(t: TestApp): Promise<InjectOptions>;
}

let sequence = 0;

/** A user to be changed by the account routes (never the admin who calls them). */
async function freshUser(t: TestApp): Promise<number> {
  const user = await t.db.storage.createUser({
    username: `target${++sequence}`,
    passwordHash: "not a real hash",
    role: "policy",
  });
  return user!.id;
}

const ENDPOINTS: Endpoint[] = [
  { name: "GET /", allowed: EVERYONE, ok: 200, request: async () => ({ method: "GET", url: "/" }) },
  {
    name: "GET /api/health",
    allowed: EVERYONE,
    ok: 200,
    request: async () => ({ method: "GET", url: "/api/health" }),
  },
  {
    name: "GET /api/me",
    allowed: [...SESSION_ROLES],
    ok: 200,
    request: async () => ({ method: "GET", url: "/api/me" }),
  },
  {
    name: "POST /api/users",
    allowed: ["admin"],
    ok: 201,
    request: async () => ({
      method: "POST",
      url: "/api/users",
      payload: {
        username: `staff${++sequence}`,
        password: "a long enough password",
        role: "policy",
      },
    }),
  },
  {
    name: "GET /api/users",
    allowed: ["admin"],
    ok: 200,
    request: async () => ({ method: "GET", url: "/api/users" }),
  },
  {
    name: "PATCH /api/users/:id",
    allowed: ["admin"],
    ok: 200,
    request: async (t) => ({
      method: "PATCH",
      url: `/api/users/${await freshUser(t)}`,
      payload: { role: "foundation" },
    }),
  },
  {
    name: "POST /api/users/:id/password",
    allowed: ["admin"],
    ok: 200,
    request: async (t) => ({ method: "POST", url: `/api/users/${await freshUser(t)}/password` }),
  },
  {
    name: "DELETE /api/users/:id",
    allowed: ["admin"],
    ok: 204,
    request: async (t) => ({ method: "DELETE", url: `/api/users/${await freshUser(t)}` }),
  },
  {
    name: "GET /api/audit-log",
    allowed: ["admin"],
    ok: 200,
    request: async () => ({ method: "GET", url: "/api/audit-log?limit=5" }),
  },
  {
    name: "POST /api/tokens",
    allowed: ["admin"],
    ok: 201,
    request: async () => ({
      method: "POST",
      url: "/api/tokens",
      payload: { fiscalYear: 2025, round: 2 },
    }),
  },
  {
    name: "GET /api/tokens",
    allowed: ["admin"],
    ok: 200,
    request: async () => ({ method: "GET", url: "/api/tokens" }),
  },
  {
    name: "DELETE /api/tokens/:id",
    allowed: ["admin"],
    ok: 204,
    request: async (t) => {
      const admin = (await t.db.storage.listUsers()).find((u) => u.role === "admin")!;
      const token = await t.db.storage.createToken({
        tokenHash: `matrix-${++sequence}`,
        fiscalYear: 2025,
        round: 4,
        label: "",
        createdBy: admin.id,
      });
      return { method: "DELETE", url: `/api/tokens/${token.id}` };
    },
  },
  {
    name: "POST /api/submissions",
    allowed: ["submitter"],
    ok: 201,
    request: async () => ({ method: "POST", url: "/api/submissions", payload: makeRecord() }),
  },
  {
    name: "POST /api/imports",
    allowed: ["foundation", "admin"],
    ok: 201,
    request: async () => ({ method: "POST", url: "/api/imports", payload: [makeRecord()] }),
  },
  {
    name: "GET /api/summary (year)",
    allowed: [...SESSION_ROLES],
    ok: 200,
    request: async () => ({ method: "GET", url: "/api/summary?fiscalYear=2025" }),
  },
  {
    name: "GET /api/summary (round)",
    allowed: [...SESSION_ROLES],
    ok: 200,
    request: async () => ({ method: "GET", url: "/api/summary?fiscalYear=2025&round=1" }),
  },
  ...(["csv", "xlsx", "html"] as const).map((format): Endpoint => ({
    name: `GET /api/report (${format})`,
    allowed: ["policy", "admin"],
    ok: 200,
    request: async () => ({ method: "GET", url: `/api/report?fiscalYear=2025&format=${format}` }),
  })),
  {
    name: "GET /api/report/texts",
    allowed: ["policy", "admin"],
    ok: 200,
    request: async () => ({ method: "GET", url: "/api/report/texts?fiscalYear=2025" }),
  },
  {
    name: "PUT /api/report/texts",
    allowed: ["policy", "admin"],
    ok: 200,
    request: async (t) => {
      const saved = (await t.db.storage.listReportTexts(2025)).find((x) => x.itemId === "19");
      return {
        method: "PUT",
        url: "/api/report/texts",
        payload: {
          fiscalYear: 2025,
          items: [{ id: "19", text: `edit ${++sequence}`, version: saved?.version ?? 0 }],
        },
      };
    },
  },
  {
    name: "POST /api/logout",
    allowed: EVERYONE,
    ok: 204,
    request: async () => ({ method: "POST", url: "/api/logout" }),
  },
];

/** The status a caller who may NOT use the endpoint gets. */
function deniedStatus(endpoint: Endpoint, who: Who): number {
  if (endpoint.name === "POST /api/submissions") return 401; // no bearer token
  if (who === "anonymous" || who === "submitter") return 401; // no session
  return 403;
}

const CASES = ENDPOINTS.flatMap((endpoint) =>
  EVERYONE.map((who) => ({
    endpoint,
    who,
    expected: endpoint.allowed.includes(who) ? endpoint.ok : deniedStatus(endpoint, who),
  })),
);

describe.each(DRIVERS)("every endpoint × every role on %s", (driver) => {
  let t: TestApp;
  let bearer: string;
  beforeAll(async () => {
    t = await startTestApp(driver);
    bearer = await t.token(2025, 1);
  });
  afterAll(async () => t?.close());

  const headersFor = async (who: Who): Promise<Record<string, string>> => {
    if (who === "anonymous") return {};
    if (who === "submitter") return { authorization: `Bearer ${bearer}` };
    return { cookie: t.cookie[who] };
  };

  it.each(CASES.map((c) => [c.endpoint.name, c.who, c.expected, c] as const))(
    "%s as %s → %i",
    async (_name, who, expected, { endpoint }) => {
      const options = await endpoint.request(t);
      // Logging out must not end the session the other cases use: log in afresh for it.
      const headers =
        endpoint.name === "POST /api/logout" && who !== "anonymous" && who !== "submitter"
          ? { cookie: sessionCookie(await login(t.app, who)) }
          : await headersFor(who);
      const response = await t.app.inject({
        ...options,
        headers: { ...options.headers, ...headers },
      });
      expect(response.statusCode).toBe(expected);
      if (expected >= 400) {
        const body = response.json() as {
          error: { code: string; messageJa: string; messageEn: string };
        };
        expect(body.error.messageJa).toMatch(/[ぁ-んァ-ン一-龥]/);
        expect(body.error.messageEn.length).toBeGreaterThan(0);
      }
    },
  );

  it("a session cookie is not a submit token and a submit token is not a session", async () => {
    const asAdmin = await t.app.inject({
      method: "POST",
      url: "/api/submissions",
      headers: { cookie: t.cookie.admin },
      payload: makeRecord(),
    });
    expect(asAdmin.statusCode).toBe(401);
    const tokenAsCookie = await t.app.inject({
      method: "GET",
      url: "/api/summary?fiscalYear=2025",
      headers: { cookie: `katsuyaku_session=${bearer}` },
    });
    expect(tokenAsCookie.statusCode).toBe(401);
  });

  it("a token only covers its own round (403) and a revoked token nothing (401)", async () => {
    const wrongRound = await t.app.inject({
      method: "POST",
      url: "/api/submissions",
      headers: { authorization: `Bearer ${bearer}` },
      payload: makeRecord((r) => (r.round = 2)),
    });
    expect(wrongRound.statusCode).toBe(403);
    expect(wrongRound.json()).toMatchObject({ error: { code: "TOKEN_SCOPE" } });

    const issued = await t.app.inject({
      method: "POST",
      url: "/api/tokens",
      headers: { cookie: t.cookie.admin },
      payload: { fiscalYear: 2025, round: 3, label: "第3回 A社" },
    });
    const { id, token } = issued.json() as { id: number; token: string };
    await t.app.inject({
      method: "DELETE",
      url: `/api/tokens/${id}`,
      headers: { cookie: t.cookie.admin },
    });
    const revoked = await t.app.inject({
      method: "POST",
      url: "/api/submissions",
      headers: { authorization: `Bearer ${token}` },
      payload: makeRecord((r) => (r.round = 3)),
    });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ error: { code: "TOKEN_INVALID" } });
  });
});
