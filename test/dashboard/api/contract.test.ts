import { ROLES } from "../../../shared/api/auth";
import { API_ROUTES } from "../../../shared/api/contract";
import { errorBodySchema } from "../../../shared/api/errors";
import { userSummarySchema } from "../../../shared/api/users";
import { serialise } from "../../../dashboard/server/http/serialise";
import { startTestApp, type TestApp } from "../support/test-app";

jest.setTimeout(60_000);

/** "/api/tokens/:id" → a URL that reaches it */
const urlOf = (path: string) => path.replace(":id", "1");

/**
 * "METHOD /path" of every /api route the server registers, read from Fastify's route tree
 * (each level indented by four characters; HEAD is Fastify's own echo of GET).
 */
function serverRoutes(t: TestApp): string[] {
  const segments: string[] = [];
  const routes: string[] = [];
  for (const line of t.app.printRoutes({ commonPrefix: false }).split("\n")) {
    const match = /^(.*?)[├└]── (\S+) \(([A-Z, ]+)\)/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    segments.length = depth;
    segments[depth] = match[2]!;
    const path = segments.join("");
    if (!path.startsWith("/api")) continue;
    for (const method of match[3]!.split(", ")) {
      if (method !== "HEAD") routes.push(`${method} ${path}`);
    }
  }
  return routes.sort();
}

describe("the API contract (shared/api/contract.ts) is the server's API", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp("pglite");
  });
  afterAll(async () => t?.close());

  it("lists exactly the routes the server has", () => {
    const contract = API_ROUTES.map((r) => `${r.method} ${r.path}`).sort();
    expect(serverRoutes(t)).toEqual(contract);
    expect(contract.length).toBeGreaterThan(10);
  });

  it.each(API_ROUTES.filter((r) => typeof r.access !== "string"))(
    "$method $path: only the roles the contract names get past the door",
    async (route) => {
      const allowed = route.access as readonly string[];
      const anonymous = await t.app.inject({ method: route.method, url: urlOf(route.path) });
      expect(anonymous.statusCode).toBe(401);
      expect(errorBodySchema.safeParse(anonymous.json()).success).toBe(true);
      for (const role of ROLES) {
        const response = await t.app.inject({
          method: route.method,
          url: urlOf(route.path),
          headers: { cookie: t.cookie[role] },
        });
        if (allowed.includes(role)) expect([401, 403]).not.toContain(response.statusCode);
        else expect(response.statusCode).toBe(403);
      }
    },
  );

  it("sends the submit-token route nothing without a bearer token", async () => {
    for (const route of API_ROUTES.filter((r) => r.access === "submitToken")) {
      const response = await t.app.inject({
        method: route.method,
        url: route.path,
        headers: { cookie: t.cookie.admin },
      });
      expect(response.statusCode).toBe(401);
    }
  });

  it("serialises answers through the contract: a field it does not declare never leaves", () => {
    const user = {
      id: 7,
      username: "amy",
      role: "policy" as const,
      createdAt: "2026-01-01",
      lastLoginAt: null,
      disabled: false,
    };
    const stored = { ...user, passwordHash: "scrypt$…" };
    expect(serialise(userSummarySchema, stored)).toEqual(user);
    expect(() => serialise(userSummarySchema, { ...user, role: "root" as "admin" })).toThrow();
  });
});
