/**
 * The least a database driver must offer: parameterised queries, a multi-statement script (for
 * migrations) and transactions. PGlite and node-postgres both sit behind it, so every SQL
 * statement in storage/ runs unchanged on both.
 */
export interface SqlQueryable {
  /** Runs one statement with $1… parameters and returns its rows. */
  query<Row extends object>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  readonly driver: "pglite" | "pg";
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
