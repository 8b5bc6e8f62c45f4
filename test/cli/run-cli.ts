import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI entry point (the same file `npm run katsuyaku` runs) in a child process. */
export function runCli(args: string[]): CliResult {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", join(ROOT, "shared/cli/main.ts"), ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, TZ: "Asia/Tokyo" },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs it exactly as the README says: `npm run -s katsuyaku -- …`. */
export function runNpmCli(args: string[]): CliResult {
  const result = spawnSync("npm", ["run", "-s", "katsuyaku", "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
