import path from "node:path";
import { openPgClient } from "./pg-client";
import { openPgliteInWorker } from "./pglite-worker-client";
import { openSqlStorage } from "./sql-storage";
import type { Storage } from "./storage";

export interface StorageLocation {
  /** PostgreSQL when set (DATABASE_URL) */
  databaseUrl?: string | undefined;
  /** otherwise PGlite files under this directory (KATSUYAKU_DATA_DIR) */
  dataDir: string;
}

/** The one switch between the two drivers; everything above it is the same code. */
export async function openStorage(location: StorageLocation): Promise<Storage> {
  const client = location.databaseUrl
    ? await openPgClient({ connectionString: location.databaseUrl })
    : await openPgliteInWorker(path.join(location.dataDir, "pglite"));
  try {
    return await openSqlStorage(client);
  } catch (error) {
    await client.close().catch(() => undefined);
    throw error;
  }
}
