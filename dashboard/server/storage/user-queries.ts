import type { SqlClient, SqlQueryable } from "./sql-client";
import type { Role, UserChange, UserChangeOutcome, UserSummary } from "./storage";
import { toIso } from "./to-iso";

/** The account management of admins: role, disable/enable, password, delete, last login. */

export interface UserRow {
  id: number;
  username: string;
  role: Role;
  password_hash: string;
  created_at: Date | string;
  last_login_at: Date | string | null;
  disabled_at: Date | string | null;
}

export const USER_COLUMNS =
  "id, username, role, password_hash, created_at, last_login_at, disabled_at";

export function toUserSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    createdAt: toIso(row.created_at),
    lastLoginAt: row.last_login_at === null ? null : toIso(row.last_login_at),
    disabled: row.disabled_at !== null,
  };
}

export async function findUserById(db: SqlQueryable, id: number): Promise<UserSummary | undefined> {
  const [row] = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return row ? toUserSummary(row) : undefined;
}

export async function recordLogin(db: SqlQueryable, userId: number, at: Date): Promise<void> {
  await db.query("UPDATE users SET last_login_at = $2 WHERE id = $1", [userId, at.toISOString()]);
}

/**
 * Locks the active admins, then checks that the change leaves at least one: two admins
 * demoting each other at the same moment wait for each other's lock, and the second sees the
 * first's commit, so the last admin cannot vanish in a race (READ COMMITTED re-checks locked rows).
 */
async function wouldRemoveLastAdmin(
  tx: SqlQueryable,
  target: UserRow,
  stillActiveAdmin: boolean,
): Promise<boolean> {
  const admins = await tx.query<{ id: number }>(
    "SELECT id FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id FOR UPDATE",
  );
  const targetIsActiveAdmin = admins.some((a) => a.id === target.id);
  return targetIsActiveAdmin && !stillActiveAdmin && admins.length <= 1;
}

export async function updateUser(
  db: SqlClient,
  id: number,
  change: UserChange,
): Promise<UserChangeOutcome> {
  return db.transaction(async (tx) => {
    const [target] = await tx.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!target) return { kind: "notFound" };
    const role = change.role ?? target.role;
    const disabled = change.disabled ?? target.disabled_at !== null;
    if (await wouldRemoveLastAdmin(tx, target, role === "admin" && !disabled))
      return { kind: "lastAdmin" };
    const [row] = await tx.query<UserRow>(
      `UPDATE users SET role = $2,
         disabled_at = CASE WHEN $3::boolean THEN coalesce(disabled_at, now()) END
       WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [id, role, disabled],
    );
    // A disabled account keeps no session; a role change applies at the next request anyway
    // (findSession reads the role), so those sessions may stay.
    if (disabled) await tx.query("DELETE FROM sessions WHERE user_id = $1", [id]);
    return { kind: "done", user: toUserSummary(row!) };
  });
}

/** A new password ends every session of the user, in the same transaction. */
export async function setPassword(
  db: SqlClient,
  id: number,
  passwordHash: string,
): Promise<UserChangeOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<UserRow>(
      `UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING ${USER_COLUMNS}`,
      [id, passwordHash],
    );
    if (!row) return { kind: "notFound" };
    await tx.query("DELETE FROM sessions WHERE user_id = $1", [id]);
    return { kind: "done", user: toUserSummary(row) };
  });
}

/** Sessions go with the user (ON DELETE CASCADE); tokens and texts keep a NULL author. */
export async function deleteUser(db: SqlClient, id: number): Promise<UserChangeOutcome> {
  return db.transaction(async (tx) => {
    const [target] = await tx.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM users WHERE id = $1 FOR UPDATE`,
      [id],
    );
    if (!target) return { kind: "notFound" };
    if (await wouldRemoveLastAdmin(tx, target, false)) return { kind: "lastAdmin" };
    await tx.query("DELETE FROM users WHERE id = $1", [id]);
    return { kind: "done", user: toUserSummary(target) };
  });
}
