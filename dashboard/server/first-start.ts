import { hashPassword } from "./auth/password";
import { newSecret } from "./auth/secret";
import { demoRecords } from "./demo/demo-records";
import { recordInputOf } from "./records/record-input";
import { SAMPLE_PLAN_ITEMS } from "./annual-report/sample-plan";
import type { Storage } from "./storage/storage";

export const ADMIN_USERNAME = "admin";

/**
 * An empty database gets its administrator: the given password, or a generated one that is
 * returned so it can be printed once (it is stored only as a hash). Safe against a second
 * instance doing the same at the same moment: the username is unique, one of them wins.
 */
export async function ensureAdmin(
  storage: Storage,
  password: string | undefined,
): Promise<{ created: boolean; generatedPassword?: string }> {
  if ((await storage.countUsers()) > 0) return { created: false };
  const chosen = password ?? newSecret().slice(0, 20);
  const created = await storage.createUser({
    username: ADMIN_USERNAME,
    passwordHash: await hashPassword(chosen),
    role: "admin",
  });
  if (!created) return { created: false };
  return password ? { created: true } : { created: true, generatedPassword: chosen };
}

/** The fiscal 2025 demo records, idempotently (fixed ids: a repeat stores nothing new). */
export async function loadDemoData(storage: Storage): Promise<number> {
  const records = demoRecords();
  const outcome = await storage.importRecords(records.map((r) => recordInputOf(r, "demo")));
  if (outcome.kind === "conflict") throw new Error("demo data conflicts with stored records");
  // Sample plan items (marked as sample) so the annual report page has something to edit; a
  // year whose items were already saved keeps them (a version conflict is not an error here).
  await storage.savePlanItems(2025, SAMPLE_PLAN_ITEMS, 0, null);
  return [...outcome.outcomes.values()].filter((o) => o === "stored").length;
}
