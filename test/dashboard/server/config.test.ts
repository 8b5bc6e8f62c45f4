import { readConfig } from "../../../dashboard/server/config";
import { readCookie, serializeCookie } from "../../../dashboard/server/http/cookies";
import { hashPassword, verifyPassword } from "../../../dashboard/server/auth/password";

describe("readConfig", () => {
  it("defaults: port 8080, PGlite in ./.katsuyaku-data, demo data on, cookies Secure on https", () => {
    expect(readConfig({})).toEqual({
      port: 8080,
      host: "127.0.0.1",
      dataDir: "./.katsuyaku-data",
      databaseUrl: undefined,
      adminPassword: undefined,
      loadDemo: true,
      secureCookies: "auto",
      trustProxy: false,
      planFile: undefined,
      loginAttemptsPerMinute: 10,
    });
  });

  it("reads the environment", () => {
    const config = readConfig({
      PORT: "9000",
      DATABASE_URL: "postgres://x/y",
      KATSUYAKU_DEMO: "0",
      KATSUYAKU_SECURE_COOKIES: "1",
      KATSUYAKU_ADMIN_PASSWORD: "secret secret",
    });
    expect(config).toMatchObject({
      port: 9000,
      databaseUrl: "postgres://x/y",
      loadDemo: false,
      secureCookies: true,
      adminPassword: "secret secret",
    });
    expect(() => readConfig({ PORT: "http" })).toThrow();
  });
});

describe("cookies", () => {
  it("reads one cookie among several and survives garbage", () => {
    expect(readCookie("a=1; katsuyaku_session=abc; b=2", "katsuyaku_session")).toBe("abc");
    expect(readCookie('katsuyaku_session="q"', "katsuyaku_session")).toBe("q");
    expect(readCookie("katsuyaku_session=%E0%A4%A", "katsuyaku_session")).toBeUndefined();
    expect(readCookie(undefined, "x")).toBeUndefined();
  });

  it("writes the attributes", () => {
    expect(
      serializeCookie("s", "v", {
        path: "/",
        httpOnly: true,
        sameSite: "Strict",
        secure: true,
        maxAge: 0,
      }),
    ).toBe(
      "s=v; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict; Secure",
    );
  });
});

describe("passwords", () => {
  it("verify with scrypt and a per-password salt", async () => {
    const params = { N: 1024, r: 8, p: 1 };
    const a = await hashPassword("パスワード password", params);
    const b = await hashPassword("パスワード password", params);
    expect(a).not.toBe(b);
    expect(await verifyPassword("パスワード password", a)).toBe(true);
    expect(await verifyPassword("password", a)).toBe(false);
    expect(await verifyPassword("x", "plain-text")).toBe(false);
  });
});
