import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus, release, totalmem, type as osType } from "node:os";
import path from "node:path";
import pg from "pg";
import { wrkVersion } from "./wrk-load";

/** The machine and the versions the figures were measured with, printed above the table. */
export interface MachineInfo {
  node: string;
  npm: string;
  os: string;
  cpu: string;
  cores: number;
  ramGiB: string;
  pglite: string;
  postgres: string;
  autocannon: string;
  wrk: string;
}

function npmVersion(): string {
  try {
    return execFileSync("npm", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "?";
  }
}

function prettyOs(): string {
  try {
    const text = readFileSync("/etc/os-release", "utf8");
    const name = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(text)?.[1];
    if (name) return `${name} (${osType()} ${release()})`;
  } catch {
    // not Linux: the kernel name will do
  }
  return `${osType()} ${release()}`;
}

function packageVersion(name: string): string {
  try {
    const file = path.resolve(__dirname, "../../node_modules", name, "package.json");
    return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

async function postgresVersion(url: string | undefined): Promise<string> {
  if (!url) return "not configured";
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return rows[0]?.server_version ?? "?";
  } catch (error) {
    return `unreachable (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function machineInfo(pgUrl: string | undefined): Promise<MachineInfo> {
  return {
    node: process.version,
    npm: npmVersion(),
    os: prettyOs(),
    cpu: cpus()[0]?.model.trim() ?? "?",
    cores: cpus().length,
    ramGiB: (totalmem() / 2 ** 30).toFixed(1),
    pglite: packageVersion("@electric-sql/pglite"),
    postgres: await postgresVersion(pgUrl),
    autocannon: packageVersion("autocannon"),
    wrk: wrkVersion() ?? "not installed",
  };
}

export function describeMachine(m: MachineInfo): string {
  return [
    `machine: ${m.cores} × ${m.cpu}, ${m.ramGiB} GiB RAM, ${m.os}`,
    `versions: node ${m.node}, npm ${m.npm}, PGlite ${m.pglite}, PostgreSQL ${m.postgres}, ` +
      `autocannon ${m.autocannon}, wrk ${m.wrk}`,
  ].join("\n");
}
