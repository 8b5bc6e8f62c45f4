import { parseTrustProxy, readConfig } from "../../dashboard/server/config";
import { PASSWORD, startTestApp, type TestApp } from "./support/test-app";

jest.setTimeout(60_000);

const PROXY = "10.0.0.1";

describe("KATSUYAKU_TRUST_PROXY", () => {
  it.each([
    ["0", false],
    ["", false],
    ["1", 1],
    ["2", 2],
    ["10.0.0.1", ["10.0.0.1"]],
    ["10.0.0.0/8, 192.168.1.0/24,::1", ["10.0.0.0/8", "192.168.1.0/24", "::1"]],
    ["fd00::/8", ["fd00::/8"]],
  ])("%j → %j", (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });

  it.each(["true", "yes", "10.0.0.0/33", "10.0.0.1/8/1", "host.example", "1,"])(
    "refuses %j (never 'trust every hop'), naming the setting",
    (value) => {
      expect(() => parseTrustProxy(value)).toThrow(/KATSUYAKU_TRUST_PROXY/);
    },
  );

  it("the documented setting 1 trusts one hop, not every hop", () => {
    expect(readConfig({ KATSUYAKU_TRUST_PROXY: "1" }).trustProxy).toBe(1);
  });
});

describe("login limits behind a proxy", () => {
  let t: TestApp;
  const attempt = (remoteAddress: string, username: string, password: string, xff?: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/login",
      remoteAddress,
      headers: xff ? { "x-forwarded-for": xff } : {},
      payload: { username, password },
    });

  afterEach(async () => t?.close());

  it("a client behind the proxy cannot pick its own address with X-Forwarded-For (hop count)", async () => {
    t = await startTestApp("pglite", {
      trustProxy: readConfig({ KATSUYAKU_TRUST_PROXY: "1" }).trustProxy,
      loginRateLimit: { max: 5, timeWindowMs: 60_000, maxPerUsername: 1_000 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      // The proxy appends the real client (203.0.113.7); the spoofed part comes before it.
      const response = await attempt(PROXY, "admin", `guess ${i}`, `198.51.100.${i}, 203.0.113.7`);
      statuses.push(response.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // Another client behind the same proxy is not locked out.
    const other = await attempt(PROXY, "admin", PASSWORD, "203.0.113.8");
    expect(other.statusCode).toBe(200);
  });

  it("the same with a list of proxy CIDRs", async () => {
    t = await startTestApp("pglite", {
      trustProxy: parseTrustProxy("10.0.0.0/8"),
      loginRateLimit: { max: 3, timeWindowMs: 60_000, maxPerUsername: 1_000 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await attempt(PROXY, "admin", `guess ${i}`, `198.51.100.${i}, 203.0.113.7`);
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it("limits attempts per username too: many addresses cannot guess one account's password", async () => {
    t = await startTestApp("pglite", {
      loginRateLimit: { max: 5, timeWindowMs: 60_000, maxPerUsername: 12 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      statuses.push((await attempt(`198.51.100.${i}`, "policy", `guess ${i}`)).statusCode);
    }
    // startTestApp logged "policy" in once already: 11 more fit in the window.
    expect(statuses.filter((s) => s === 401)).toHaveLength(11);
    expect(statuses.slice(11)).toEqual([429, 429, 429, 429]);
    const right = await attempt("198.51.100.200", "policy", PASSWORD);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe("RATE_LIMITED");
    // Other accounts are untouched.
    expect((await attempt("198.51.100.201", "foundation", PASSWORD)).statusCode).toBe(200);
  });

  it("one attacker (one address) cannot lock anyone out: the per-username limit is above it", async () => {
    t = await startTestApp("pglite", { loginRateLimit: { max: 5, timeWindowMs: 60_000 } });
    for (const user of ["admin", "foundation", "policy", "nobody"]) {
      for (let i = 0; i < 3; i++) await attempt("198.51.100.66", user, `guess ${i}`);
    }
    expect((await attempt("198.51.100.66", "admin", PASSWORD)).statusCode).toBe(429);
    for (const user of ["admin", "foundation", "policy"]) {
      expect((await attempt("203.0.113.10", user, PASSWORD)).statusCode).toBe(200);
    }
  });
});
