import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { HAND_ROSTER, tempDir, writeCsv } from "./fixtures";
import { BUILT_CLI, buildCli } from "./run-cli";

/**
 * Issue 16 §13: `check` is the command a user runs on a big roster, and its whole process is
 * measured against a bare papaparse parse (npm run bench -- --only cli). What it loads at
 * start-up is part of that: zod (the schedule file's schema), ExcelJS and the holiday table
 * cost tens of milliseconds and a CSV check needs none of them. The built CLI runs with a
 * preload that lists, at exit, every package file Node loaded.
 */
const dir = tempDir();
const preload = join(dir, "list-modules.cjs");
writeFileSync(
  preload,
  `process.on("exit", () => {
  const files = Object.keys(require.cache).filter((f) => f.includes("node_modules"));
  process.stderr.write("\\nloaded " + JSON.stringify(files) + "\\n");
});`,
);

function packagesLoaded(args: string[]): string[] {
  buildCli();
  const result = spawnSync(process.execPath, ["--require", preload, BUILT_CLI, ...args], {
    encoding: "utf8",
    env: { ...process.env, TZ: "Asia/Tokyo" },
  });
  const line = /loaded (\[.*\])/.exec(result.stderr);
  if (!line) throw new Error(`no module list: ${result.stderr}`);
  const files = JSON.parse(line[1]!) as string[];
  // node_modules/<name>/… or node_modules/@scope/<name>/…
  const names = files.map((f) => {
    const parts = f
      .split(/[\\/]node_modules[\\/]/)
      .pop()!
      .split(/[\\/]/);
    return parts[0]!.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
  });
  return [...new Set(names)].sort();
}

describe("what the built CLI loads", () => {
  it("check of a CSV roster loads papaparse and nothing else", () => {
    const file = writeCsv(dir, "roster.csv", HAND_ROSTER);
    expect(packagesLoaded(["check", file, "--as-of", "2025-06-30"])).toEqual(["papaparse"]);
  });

  it("the schedule's commands do load zod and the holiday table (the list above can see them)", () => {
    const loaded = packagesLoaded(["visits", "--round", "1", "--first", "2025-09-10"]);
    expect(loaded).toEqual(expect.arrayContaining(["zod", "@holiday-jp/holiday_jp"]));
  });
});
