import pg from "pg";
import type { SqlClient, SqlQueryable } from "./sql-client";

export interface PgClientOptions {
  connectionString: string;
  /** A schema to create and use instead of `public` (tests give each file its own). */
  schema?: string;
  maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A node-postgres pool. Several server instances may share one database. */
export async function openPgClient(options: PgClientOptions): Promise<SqlClient> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid schema name: ${schema}`);
  }
  if (schema) {
    // The schema must exist before a pool whose search_path names it can create tables in it.
    const setup = new pg.Client({ connectionString: options.connectionString });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the process; the next query retries.
  pool.on("error", () => undefined);

  const onPool: SqlQueryable = {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await pool.query<Row>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
  };

  return {
    driver: "pg",
    ...onPool,
    async transaction(work) {
      const client = await pool.connect();
      const tx: SqlQueryable = {
        async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
          const result = await client.query<Row>(sql, [...params]);
          return result.rows;
        },
        async exec(sql: string) {
          await client.query(sql);
        },
      };
      try {
        await client.query("BEGIN");
        const value = await work(tx);
        await client.query("COMMIT");
        return value;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
