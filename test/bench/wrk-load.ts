import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { endedChildrenCpuMs } from "./thread-cpu";

/**
 * wrk (Debian's package; C, one thread here) as a second load generator beside autocannon.
 * autocannon runs in Node and spends ~75–90 µs of CPU per request on this 2-core machine, about
 * a quarter of what the server spends; wrk ~20 µs. Its rows show what a cheaper client changes
 * (throughput, p50) and, against the no-op server, how long this machine's own tail is. Every
 * request carries a new submissionId (submissions.lua), so each is an insert.
 */
export interface WrkResult {
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  /** ms of CPU wrk itself used; undefined where /proc is missing */
  cpuMs: number | undefined;
}

const SCRIPT = path.join(__dirname, "submissions.lua");

let version: { value: string | undefined } | undefined;

/** "4.1.0 …" or undefined when wrk is not installed (`apt install wrk`); asked once. */
export function wrkVersion(): string | undefined {
  if (!version) {
    const probe = spawnSync("wrk", ["--version"], { encoding: "utf8" });
    version = {
      value: probe.error
        ? undefined
        : (/wrk (\S+)/.exec(`${probe.stdout}${probe.stderr}`)?.[1] ?? "?"),
    };
  }
  return version.value;
}

interface WrkSummary {
  requests: number;
  durationUs: number;
  non2xx: number;
  errors: number;
  p50: number;
  p99: number;
}

/** `body` is a JSON record whose submissionId is the placeholder SUBMISSION_ID. */
export function wrkLoad(options: {
  baseUrl: string;
  token: string;
  body: string;
  clients: number;
  seconds: number;
}): Promise<WrkResult> {
  const args = [
    ...["-t", "1", "-c", String(options.clients), "-d", `${options.seconds}s`],
    ...["--timeout", "10s", "-s", SCRIPT, options.baseUrl],
  ];
  const env = {
    ...process.env,
    BENCH_TOKEN: options.token,
    BENCH_BODY: options.body,
    BENCH_ID_PREFIX: randomBytes(4).toString("hex"),
  };
  const cpuBefore = endedChildrenCpuMs();
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => {
      const line = stdout.trim().split("\n").pop() ?? "";
      if (code !== 0 || !line.startsWith("{")) {
        reject(new Error(`wrk failed (${code}): ${stderr || stdout}`));
        return;
      }
      const summary = JSON.parse(line) as WrkSummary;
      const cpuAfter = endedChildrenCpuMs();
      resolve({
        requests: summary.requests,
        perSecond: (summary.requests / summary.durationUs) * 1e6,
        p50: summary.p50,
        p99: summary.p99,
        failures: summary.non2xx + summary.errors,
        cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
      });
    });
  });
}
