import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { SERVER_ENTRY, SERVER_ENV, SERVER_NODE_ARGS } from "../../../dashboard/server/node-options";

/**
 * The dashboard server as a real child process, started as `npm start` starts it
 * (node-options.ts), so that it can be SIGKILLed (crash test) and so that a load generator does
 * not share its event loop (bench).
 */
export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
  port: number;
  /** waits for the process to be gone */
  exited: Promise<number | null>;
  /** SIGKILL: no shutdown hook runs, nothing is flushed by the server */
  kill(): Promise<void>;
  /** SIGTERM: the graceful shutdown of main.ts (closes the database) */
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** PGlite data directory (used when databaseUrl is absent) */
  dataDir: string;
  databaseUrl?: string | undefined;
  adminPassword: string;
  port: number;
  /** how long to wait for "listening" (a new PGlite database takes ~8 s) */
  startTimeoutMs?: number;
  extraEnv?: Record<string, string>;
  /** the server's entry point; the bench also starts test/bench/no-store-server.ts */
  script?: string;
}

export const REPO_ROOT = path.resolve(__dirname, "../../..");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...SERVER_ENV,
    ...process.env,
    PORT: String(options.port),
    HOST: "127.0.0.1",
    KATSUYAKU_DATA_DIR: options.dataDir,
    KATSUYAKU_DEMO: "0",
    KATSUYAKU_ADMIN_PASSWORD: options.adminPassword,
    // Per-request logs would cost the server time and fill the pipe; errors still show.
    LOG_LEVEL: "warn",
    ...options.extraEnv,
  };
  delete env["DATABASE_URL"];
  if (options.databaseUrl) env["DATABASE_URL"] = options.databaseUrl;

  // Started as npm start starts it (node-options.ts): the bench measures that process.
  const child = spawn(process.execPath, [...SERVER_NODE_ARGS, options.script ?? SERVER_ENTRY], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  let output = "";
  const collect = (chunk: Buffer) => {
    // Keep only the tail: enough to explain a failed start, bounded under load.
    output = (output + chunk.toString("utf8")).slice(-8000);
  };
  child.stderr?.on("data", collect);

  const baseUrl = `http://127.0.0.1:${options.port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start in time:\n${output}`)),
      options.startTimeoutMs ?? 60_000,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      collect(chunk);
      if (output.includes("Katsuyaku ダッシュボード: http://")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${output}`));
    });
  });
  // From here on the pipes only need draining.
  child.stdout?.resume();

  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return {
    child,
    baseUrl,
    port: options.port,
    exited,
    kill: () => signal("SIGKILL"),
    stop: () => signal("SIGTERM"),
  };
}
