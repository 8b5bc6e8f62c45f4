import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SERVER_ENTRY, SERVER_ENV, SERVER_NODE_ARGS } from "../../../dashboard/server/node-options";
import { REPO_ROOT } from "../../crash/support/server-process";

/**
 * The flags and environment every start of the server uses (npm start, npm run dashboard, the
 * bench): Node must accept them and still run the server's TypeScript, and they must not bring
 * back the threads they were chosen to avoid (tsx's ES-module hooks thread, esbuild's worker).
 */
const linux = existsSync("/proc/self/task");

/**
 * Prints its argument with the process's thread count, once libuv's thread pool (which the
 * server uses anyway: files, scrypt) has started, so that only other threads differ.
 */
const REPORT = `((fields) => {
  const fs = require("node:fs");
  void fs.promises.stat(__filename).then(() => setTimeout(() => {
    const threads = fs.existsSync("/proc/self/task") ? fs.readdirSync("/proc/self/task").length : 0;
    process.stdout.write(JSON.stringify({ threads, ...fields }));
  }, 100));
})`;

/** Runs `file` with Node and the given arguments; its stdout parsed as JSON. */
function run(args: readonly string[], file: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [...args, file], {
    cwd: REPO_ROOT,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as { threads: number; sum: number; esbuild?: string };
}

describe("the server's Node options", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "katsuyaku-node-options-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the entry point exists", () => {
    expect(existsSync(path.join(REPO_ROOT, SERVER_ENTRY))).toBe(true);
  });

  it("run TypeScript with no thread more than plain Node running the same code", () => {
    // New content each run, so that tsx's cache cannot answer and esbuild must compile.
    const nonce = `${process.pid}${Date.now()}`;
    const probe = (typed: boolean) => `
      const values${typed ? ": number[]" : ""} = [1, 2, ${nonce}];
      ${REPORT}({ sum: values.reduce((a, b) => a + b, 0), esbuild: process.env.ESBUILD_WORKER_THREADS });
    `;
    const ts = path.join(dir, "probe.ts");
    const js = path.join(dir, "probe.js");
    writeFileSync(ts, probe(true));
    writeFileSync(js, probe(false));
    const env = { ...process.env };
    delete env["NODE_OPTIONS"];
    delete env["ESBUILD_WORKER_THREADS"];

    const server = run(SERVER_NODE_ARGS, ts, { ...SERVER_ENV, ...env });
    const plain = run([], js, env);
    expect(server.sum).toBe(3 + Number(nonce));
    expect(server.esbuild).toBe("0");
    if (linux) expect(server.threads).toBeLessThanOrEqual(plain.threads);
  });

  it("`--import tsx` (the old start) does add threads, so the count above can tell", () => {
    if (!linux) return;
    const ts = path.join(dir, "probe-import.ts");
    writeFileSync(ts, `const zero: number = 0;\n${REPORT}({ sum: zero });`);
    const js = path.join(dir, "probe-import.js");
    writeFileSync(js, `${REPORT}({ sum: 0 });`);
    const env = { ...process.env };
    delete env["NODE_OPTIONS"];
    const withImport = run(["--import", "tsx"], ts, env);
    const plain = run([], js, env);
    expect(withImport.threads).toBeGreaterThan(plain.threads);
  });
});
