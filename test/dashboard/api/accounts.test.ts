import { hashPassword } from "../../../dashboard/server/auth/password";
import type { UserSummaryJson } from "../../../shared/api/users";
import type { AuditLogResponse } from "../../../shared/api/audit-log";
import {
  FAST_SCRYPT,
  login,
  PASSWORD,
  sessionCookie,
  startTestApp,
  type TestApp,
} from "../support/test-app";
import { DRIVERS } from "../support/test-database";

jest.setTimeout(90_000);

describe.each(DRIVERS)("account management by an admin on %s", (driver) => {
  let t: TestApp;
  let sequence = 0;
  beforeAll(async () => {
    t = await startTestApp(driver);
  });
  afterAll(async () => t?.close());

  const as = (cookie: string) => ({ cookie });
  const admin = () => as(t.cookie.admin);
  const me = (cookie: string) =>
    t.app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
  const users = async (): Promise<UserSummaryJson[]> =>
    (await t.app.inject({ method: "GET", url: "/api/users", headers: admin() })).json().users;
  const audit = async (): Promise<AuditLogResponse["entries"]> =>
    (await t.app.inject({ method: "GET", url: "/api/audit-log", headers: admin() })).json().entries;
  /** A new account with a live session of its own. */
  const newUser = async (role: "admin" | "foundation" | "policy" = "policy") => {
    const username = `staff${driver}${++sequence}`;
    const user = (await t.db.storage.createUser({
      username,
      passwordHash: await hashPassword(PASSWORD, FAST_SCRYPT),
      role,
    }))!;
    return { id: user.id, username, cookie: sessionCookie(await login(t.app, username)) };
  };
  const patch = (id: number | string, payload: object, headers = admin()) =>
    t.app.inject({ method: "PATCH", url: `/api/users/${id}`, headers, payload });

  it("lists users with their last login and whether they are disabled", async () => {
    const list = await users();
    const adminRow = list.find((u) => u.username === "admin")!;
    expect(adminRow.disabled).toBe(false);
    expect(Date.parse(adminRow.lastLoginAt!)).toBeGreaterThan(Date.now() - 600_000);
    const fresh = (await t.db.storage.createUser({
      username: `never${driver}`,
      passwordHash: "x",
      role: "policy",
    }))!;
    expect((await users()).find((u) => u.id === fresh.id)!.lastLoginAt).toBeNull();
  });

  it("changes a role: the user's session has the new role at once; audited with from/to", async () => {
    const user = await newUser("policy");
    const response = await patch(user.id, { role: "foundation" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, role: "foundation", disabled: false });
    expect((await me(user.cookie)).json().role).toBe("foundation");
    const entry = (await audit()).find(
      (e) => e.action === "user.role" && e.detail["userId"] === user.id,
    );
    expect(entry).toMatchObject({
      actorUsername: "admin",
      detail: { username: user.username, from: "policy", to: "foundation" },
    });
  });

  it("disabling ends every session of the user and refuses its login; enabling lets it back", async () => {
    const user = await newUser();
    const second = sessionCookie(await login(t.app, user.username));
    expect((await patch(user.id, { disabled: true })).json().disabled).toBe(true);
    expect((await me(user.cookie)).statusCode).toBe(401);
    expect((await me(second)).statusCode).toBe(401);
    const refused = await login(t.app, user.username);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe("ACCOUNT_DISABLED");
    expect(refused.headers["set-cookie"]).toBeUndefined();
    // A wrong password for a disabled account says only "wrong": nothing learned by guessing.
    expect((await login(t.app, user.username, "wrong password")).statusCode).toBe(401);
    expect((await patch(user.id, { disabled: false })).json().disabled).toBe(false);
    expect((await login(t.app, user.username)).statusCode).toBe(200);
    const actions = (await audit())
      .filter((e) => e.detail["userId"] === user.id)
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["user.disable", "user.enable"]));
  });

  it("resets a password: shown once, old password and every session end, never in the audit log", async () => {
    const user = await newUser();
    const response = await t.app.inject({
      method: "POST",
      url: `/api/users/${user.id}/password`,
      headers: admin(),
    });
    expect(response.statusCode).toBe(200);
    const { password } = response.json() as { password: string };
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect((await me(user.cookie)).statusCode).toBe(401);
    expect((await login(t.app, user.username)).statusCode).toBe(401);
    expect((await login(t.app, user.username, password)).statusCode).toBe(200);
    const everything = JSON.stringify(await t.db.storage.listAudit(1000));
    expect(everything).not.toContain(password);
    expect(everything).toContain("user.password.reset");
    // Only the hash is stored.
    const stored = await t.db.storage.findUserByUsername(user.username);
    expect(stored!.passwordHash).not.toContain(password);
  });

  it("deletes a user: sessions gone, login fails, the audit log keeps who it was", async () => {
    const user = await newUser();
    const response = await t.app.inject({
      method: "DELETE",
      url: `/api/users/${user.id}`,
      headers: admin(),
    });
    expect(response.statusCode).toBe(204);
    expect((await me(user.cookie)).statusCode).toBe(401);
    expect((await login(t.app, user.username)).statusCode).toBe(401);
    expect((await users()).some((u) => u.id === user.id)).toBe(false);
    const entry = (await audit()).find((e) => e.action === "user.delete");
    expect(entry).toMatchObject({ actorUsername: "admin", detail: { username: user.username } });
    const again = await t.app.inject({
      method: "DELETE",
      url: `/api/users/${user.id}`,
      headers: admin(),
    });
    expect(again.statusCode).toBe(404);
  });

  it("an admin cannot change, disable, reset or delete their own account", async () => {
    const self = (await users()).find((u) => u.username === "admin")!;
    const tries = [
      await patch(self.id, { role: "policy" }),
      await patch(self.id, { disabled: true }),
      await t.app.inject({
        method: "POST",
        url: `/api/users/${self.id}/password`,
        headers: admin(),
      }),
      await t.app.inject({ method: "DELETE", url: `/api/users/${self.id}`, headers: admin() }),
    ];
    expect(tries.map((r) => r.statusCode)).toEqual([409, 409, 409, 409]);
    expect(tries.map((r) => r.json().error.code)).toEqual(Array(4).fill("OWN_ACCOUNT"));
    expect((await me(t.cookie.admin)).json().role).toBe("admin");
  });

  it("storage never leaves no active admin, even when two admins demote each other at once", async () => {
    const a = await newUser("admin");
    const b = await newUser("admin");
    const others = (await users()).filter(
      (u) => u.role === "admin" && !u.disabled && u.id !== a.id && u.id !== b.id,
    );
    // Leave a and b as the only active admins, then race.
    for (const o of others) await t.db.storage.updateUser(o.id, { disabled: true });
    const outcomes = await Promise.all([
      t.app.inject({
        method: "PATCH",
        url: `/api/users/${b.id}`,
        headers: as(a.cookie),
        payload: { role: "policy" },
      }),
      t.app.inject({
        method: "PATCH",
        url: `/api/users/${a.id}`,
        headers: as(b.cookie),
        payload: { role: "policy" },
      }),
    ]);
    const statuses = outcomes.map((r) => r.statusCode).sort();
    // One demotion wins; the other is refused (the loser may already have lost its admin role).
    expect(statuses[0]).toBe(200);
    expect([403, 409]).toContain(statuses[1]);
    const activeAdmins = (await t.db.storage.listUsers()).filter(
      (u) => u.role === "admin" && !u.disabled,
    );
    expect(activeAdmins).toHaveLength(1);
    // The last one cannot be removed through storage either.
    const last = activeAdmins[0]!;
    expect(await t.db.storage.updateUser(last.id, { role: "policy" })).toEqual({
      kind: "lastAdmin",
    });
    expect(await t.db.storage.updateUser(last.id, { disabled: true })).toEqual({
      kind: "lastAdmin",
    });
    expect(await t.db.storage.deleteUser(last.id)).toEqual({ kind: "lastAdmin" });
    // Restore the seeded admin for the other tests.
    for (const o of others) await t.db.storage.updateUser(o.id, { disabled: false });
    t.cookie.admin = sessionCookie(await login(t.app, "admin"));
  });

  it.each([
    ["abc", { role: "policy" }, 400],
    ["9999999999", { role: "policy" }, 400],
    ["999999", { role: "policy" }, 404],
    ["2", {}, 400],
    ["2", { role: "owner" }, 400],
    ["2", { role: "policy", extra: 1 }, 400],
  ])("PATCH /api/users/%s %j → %i", async (id, payload, status) => {
    expect((await patch(id, payload)).statusCode).toBe(status);
  });

  it("CSRF: a cross-site form or text body cannot reach the account routes (415, nothing changes)", async () => {
    const user = await newUser();
    for (const [method, url, type, body] of [
      ["POST", `/api/users/${user.id}/password`, "application/x-www-form-urlencoded", "a=1"],
      ["POST", `/api/users/${user.id}/password`, "text/plain", "x"],
      ["PATCH", `/api/users/${user.id}`, "text/plain", '{"disabled":true}'],
      ["DELETE", `/api/users/${user.id}`, "multipart/form-data; boundary=B", "--B--\r\n"],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: { ...admin(), "content-type": type },
        payload: body,
      });
      expect(response.statusCode).toBe(415);
    }
    expect((await me(user.cookie)).statusCode).toBe(200);
    expect((await users()).find((u) => u.id === user.id)).toMatchObject({ disabled: false });
  });

  it("session fixation: a session id chosen by someone else before login is never adopted", async () => {
    const planted = "katsuyaku_session=chosen-by-the-attacker-0123456789abcdef";
    const response = await t.app.inject({
      method: "POST",
      url: "/api/login",
      headers: { cookie: planted },
      payload: { username: "foundation", password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(sessionCookie(response)).not.toBe(planted);
    expect((await me(planted)).statusCode).toBe(401);
    t.cookie.foundation = sessionCookie(response);
  });

  it("the audit log: admin only, newest first, who/what/when, no secrets", async () => {
    expect(
      (await t.app.inject({ method: "GET", url: "/api/audit-log", headers: as(t.cookie.policy) }))
        .statusCode,
    ).toBe(403);
    const entries = await audit();
    expect(entries.length).toBeGreaterThan(5);
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    for (const e of entries) expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
    const limited = await t.app.inject({
      method: "GET",
      url: "/api/audit-log?limit=2",
      headers: admin(),
    });
    expect(limited.json().entries).toHaveLength(2);
    for (const bad of ["0", "1001", "x", "-1"]) {
      const response = await t.app.inject({
        method: "GET",
        url: `/api/audit-log?limit=${bad}`,
        headers: admin(),
      });
      expect(response.statusCode).toBe(400);
    }
  });
});
