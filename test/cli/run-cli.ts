import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI (`bin` of package.json), the file `npm run katsuyaku` and `npx katsuyaku` run. */
export const BUILT_CLI = join(ROOT, "dist/cli/katsuyaku.cjs");

let built = false;

/**
 * Builds the CLI once per test file, as `npm install` does (prepare), so the tests never run a
 * stale build of the sources they test.
 */
export function buildCli(): void {
  if (built) return;
  const result = spawnSync("npm", ["run", "-s", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`build:cli failed: ${result.stderr}`);
  built = true;
}

/** Runs the real CLI (the same built file `npm run katsuyaku` runs) in a child process. */
export function runCli(args: string[]): CliResult {
  buildCli();
  const result = spawnSync(process.execPath, [BUILT_CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TZ: "Asia/Tokyo" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs it exactly as the README says: `npm run -s katsuyaku -- …`. */
export function runNpmCli(args: string[]): CliResult {
  buildCli();
  const result = spawnSync("npm", ["run", "-s", "katsuyaku", "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
