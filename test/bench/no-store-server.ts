import { buildApp } from "../../dashboard/server/app";
import { readConfig } from "../../dashboard/server/config";
import { ensureAdmin } from "../../dashboard/server/first-start";
import { openStorage } from "../../dashboard/server/storage/open-storage";
import type { Storage } from "../../dashboard/server/storage/storage";

/**
 * The bench's second floor: the real dashboard (Fastify, JSON parsing, the record schema, the
 * bearer token, security headers, the same PGlite worker for logins and tokens) except that a
 * submission is answered 201 without being stored. What the full server adds to this row is
 * the cost of storing; what this row adds to the bare node:http floor is the cost of HTTP
 * handling and validation. Bench-only: started by dashboard-bench.ts as a child process.
 */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const storage = await openStorage({ dataDir: config.dataDir });
  await ensureAdmin(storage, config.adminPassword);
  // Everything else is the real storage (its methods find their fields through the prototype).
  const noStore: Storage = Object.create(storage) as Storage;
  noStore.insertRecord = () => Promise.resolve("stored");

  const app = await buildApp({ storage: noStore });
  const shutdown = async () => {
    await app.close();
    await storage.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown());
  await app.listen({ port: config.port, host: config.host });
  // The line startServer() waits for.
  console.log(`Katsuyaku ダッシュボード: http://${config.host}:${config.port}/ (no-store bench)`);
}

main().catch((error: unknown) => {
  console.error("no-store server could not start:", error);
  process.exit(1);
});
