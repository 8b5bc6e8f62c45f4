import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { adminToken, companyTokens, request } from "../crash/support/http-json";
import { freePort, startServer, type ServerProcess } from "../crash/support/server-process";
import { makeRecord } from "../dashboard/support/records";
import { preload } from "./bench-records";
import { cpuBetween, processesCpuMs, threadTimes } from "./thread-cpu";
import { describeMemory, memoryByKind } from "./memory-by-kind";
import { verdict, type BenchRow } from "./table";
import { openLoopLoad } from "./open-loop-load";
import { wrkLoad, wrkVersion } from "./wrk-load";

/**
 * The dashboard under load: a real server process (started as npm start starts it) per database
 * size, so autocannon here never shares the server's event loop. Viewers see only frozen
 * releases (issue 14): the time to create the year's release (aggregation, suppression, audit,
 * stored) is printed, and the latency of GET /api/summary serving its stored bytes.
 * Submissions are POSTs with a fresh submissionId and company token each, three ways: autocannon (in this
 * process) and wrk (C, when installed) with every client sending its next request as soon as
 * the last is answered — a closed loop at full speed, where the p99 is mostly queueing: with
 * 200 clients always waiting, the mean latency is 200 ÷ throughput (Little's law) — and
 * autocannon at a fixed total rate (latencies corrected for coordinated omission). autocannon
 * starts every connection's rate timer together, so 1,000/s over 200 clients is in effect 200
 * clients submitting at the same instant every 200 ms: a burst test, well below saturation.
 * And open-loop (open-loop-load.ts): 200 clients each submitting at random moments, at a few
 * total rates below saturation, with latencies counted from the moment each submission was due:
 * how long a submission takes while the server is busy but not saturated.
 * A bare node:http server under the same loads shows what this harness can measure at best;
 * the dashboard answering without storing (no-store-server.ts) shows what HTTP handling and
 * validation cost before anything is stored.
 */
export interface DashboardBenchOptions {
  database: "PGlite" | "PostgreSQL";
  pgUrl?: string | undefined;
  recordCounts: number[];
  clients: number[];
  durationSeconds: number;
  summaryRequests: number;
  /** submissions per second of the fixed-rate run (200 clients share it) */
  fixedRate: number;
  /** total submissions per second of the open-loop runs (200 clients share each) */
  openRates: number[];
  /** only the release rows and the open-loop runs over the largest count (no floors, no closed loops) */
  openOnly?: boolean;
}

const PASSWORD = "bench-admin-password-not-secret";
const RELEASE_GOAL_MS = 2000;
const PEAK_RSS_GOAL_MB = 400;
const P99_GOAL_MS = 50;

interface Location {
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL: the ids of the backends connected to the bench's database now */
  backendPids?: () => Promise<number[]>;
  cleanup(): Promise<void>;
}

async function freshLocation(options: DashboardBenchOptions): Promise<Location> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "katsuyaku-bench-"));
  if (options.database === "PGlite") {
    return { dataDir, cleanup: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  const name = `kt_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: options.pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(options.pgUrl!);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    backendPids: async () => {
      const client = new pg.Client({ connectionString: options.pgUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ pid: number }>(
          "SELECT pid FROM pg_stat_activity WHERE datname = $1",
          [name],
        );
        return rows.map((row) => row.pid);
      } finally {
        await client.end();
      }
    },
    cleanup: async () => {
      const drop = new pg.Client({ connectionString: options.pgUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Peak resident memory of a child (Linux /proc; undefined elsewhere). */
function peakRssMb(pid: number | undefined): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timedSummary(server: ServerProcess, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await request(server.baseUrl, "GET", "/api/summary?fiscalYear=2025", {
    headers: { cookie },
  });
  if (response.status !== 200) throw new Error(`summary: ${response.status} ${response.body}`);
  return performance.now() - started;
}

/**
 * Viewers see only frozen releases (issue 14): the year's release is created once (timed: the
 * aggregation, suppression and audit of every record, then stored), and the summary serves its
 * stored bytes.
 */
async function releaseFigures(server: ServerProcess, cookie: string, n: number) {
  const started = performance.now();
  const created = await request(server.baseUrl, "POST", "/api/releases", {
    body: { fiscalYear: 2025 },
    headers: { cookie },
  });
  if (created.status !== 201) throw new Error(`release: ${created.status} ${created.body}`);
  const createMs = performance.now() - started;
  // The server's own split of that time (Server-Timing: "read;dur=512.3, aggregate;dur=…").
  const phases = String(created.headers["server-timing"] ?? "")
    .split(",")
    .map((entry) => /^\s*(\w+);dur=([\d.]+)/.exec(entry))
    .flatMap((m) => (m ? [`${m[1]} ${Number(m[2]).toFixed(0)}`] : []))
    .join(", ");
  const first = await timedSummary(server, cookie); // also warms the JIT
  const serve: number[] = [];
  for (let i = 0; i < n; i++) serve.push(await timedSummary(server, cookie));
  return { createMs, phases, first, serve: median(serve), serveMax: Math.max(...serve) };
}

/**
 * Company tokens handed out in turn, across every run on one server (a reused one would
 * replace its company's record): one supplier per server, never one per run.
 */
function rotating(tokens: readonly string[]): () => string {
  let next = 0;
  return () => tokens[next++ % tokens.length]!;
}

/** The same load against a server that does nothing: the floor of this harness on this machine. */
async function bareServerLoad<T>(run: (server: ServerProcess) => Promise<T>): Promise<T> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      "-e",
      `require("node:http").createServer((q, s) => { q.resume(); q.on("end", () => {
         s.writeHead(201, { "content-type": "application/json" }); s.end("{}"); }); })
       .listen(${port}, "127.0.0.1", () => console.log("ready"));`,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise((resolve) => child.stdout!.once("data", resolve));
  try {
    const fake = { baseUrl: `http://127.0.0.1:${port}`, child } as ServerProcess;
    return await run(fake);
  } finally {
    child.kill();
  }
}

/**
 * The same loads against the dashboard with storing left out (no-store-server.ts): what HTTP
 * handling and validation cost on their own, so that the full rows can be read as this plus
 * the cost of storing.
 */
async function noStoreServerLoad<T>(
  run: (server: ServerProcess, token: string) => Promise<T>,
): Promise<T> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "katsuyaku-bench-nostore-"));
  let server: ServerProcess | undefined;
  try {
    server = await startServer({
      dataDir,
      adminPassword: PASSWORD,
      port: await freePort(),
      script: "test/bench/no-store-server.ts",
    });
    const { token } = await adminToken(server.baseUrl, PASSWORD);
    return await run(server, token);
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface LoadFigures {
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
  total: number;
  /** "event loop / other threads / load generator" µs of CPU per request */
  cpu: string | undefined;
  /** the slowest request, where the generator reports it */
  max?: number;
}

/**
 * µs of CPU per request: the server's event loop / its other threads / (PostgreSQL: its
 * backends serving the server /) the load generator.
 */
function cpuText(
  server: { mainMs: number; otherMs: number } | undefined,
  generatorMs: number | undefined,
  requests: number,
  databaseMs?: number,
): string | undefined {
  if (!server) return undefined;
  const perRequest = (ms: number | undefined) =>
    ms === undefined ? "n/a" : ((ms * 1000) / Math.max(1, requests)).toFixed(0);
  const database = databaseMs === undefined ? "" : `${perRequest(databaseMs)} / `;
  return `${perRequest(server.mainMs)} / ${perRequest(server.otherMs)} / ${database}${perRequest(generatorMs)} µs`;
}

async function submissionLoad(
  server: ServerProcess,
  token: () => string,
  clients: number,
  seconds: number,
  overallRate?: number,
): Promise<LoadFigures> {
  const pid = server.child.pid;
  const before = threadTimes(pid);
  const ownBefore = process.cpuUsage();
  const result = await autocannon({
    url: server.baseUrl,
    connections: clients,
    duration: seconds,
    ...(overallRate ? { overallRate } : {}),
    requests: [
      {
        method: "POST",
        path: "/api/submissions",
        headers: { "content-type": "application/json" },
        // A fresh submissionId (and company token) per request: every POST is a real insert.
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, authorization: `Bearer ${token()}` },
          body: JSON.stringify(makeRecord()),
        }),
      },
    ],
  });
  const own = process.cpuUsage(ownBefore);
  const serverCpu = cpuBetween(pid, before, threadTimes(pid));
  return {
    perSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    total: result.requests.total,
    cpu: cpuText(serverCpu, (own.user + own.system) / 1000, result.requests.total),
  };
}

/** The closed-loop load again, generated by wrk (undefined when wrk is not installed). */
async function wrkSubmissionLoad(
  server: ServerProcess,
  token: string,
  clients: number,
  seconds: number,
): Promise<LoadFigures | undefined> {
  if (!wrkVersion()) return undefined;
  const pid = server.child.pid;
  const before = threadTimes(pid);
  const body = JSON.stringify({ ...makeRecord(), submissionId: "SUBMISSION_ID" });
  const result = await wrkLoad({ baseUrl: server.baseUrl, token, body, clients, seconds });
  const serverCpu = cpuBetween(pid, before, threadTimes(pid));
  return {
    perSecond: result.perSecond,
    p50: result.p50,
    p99: result.p99,
    failures: result.failures,
    total: result.requests,
    cpu: cpuText(serverCpu, result.cpuMs, result.requests),
  };
}

/** Seconds of the same open-loop load before each measured run: JIT, caches, the worker. */
const OPEN_LOOP_WARMUP_SECONDS = 2;

/** 200 clients submitting at random moments at `rate` in all (open-loop-load.ts). */
async function openSubmissionLoad(
  server: ServerProcess,
  nextToken: () => string,
  clients: number,
  seconds: number,
  rate: number,
  backendPids?: () => Promise<number[]>,
): Promise<LoadFigures> {
  const load = { baseUrl: server.baseUrl, nextToken, clients, rate };
  await openLoopLoad({ ...load, seconds: OPEN_LOOP_WARMUP_SECONDS });
  // After the warm-up: the pool has opened the connections it uses under this load.
  const backends = backendPids ? await backendPids() : undefined;
  const databaseBefore = backends && processesCpuMs(backends);
  const pid = server.child.pid;
  const before = threadTimes(pid);
  const ownBefore = process.cpuUsage();
  const result = await openLoopLoad({ ...load, seconds });
  const own = process.cpuUsage(ownBefore);
  const databaseMs = backends && processesCpuMs(backends) - databaseBefore!;
  return {
    perSecond: result.perSecond,
    p50: result.p50,
    p99: result.p99,
    failures: result.failures,
    total: result.sent,
    cpu: cpuText(
      cpuBetween(pid, before, threadTimes(pid)),
      (own.user + own.system) / 1000,
      result.sent,
      databaseMs,
    ),
    max: result.max,
  };
}

const figures = (load: LoadFigures) =>
  `${load.perSecond.toFixed(0)}/s p50 ${load.p50.toFixed(0)} ms p99 ${load.p99.toFixed(0)} ms`;

export async function benchDashboard(options: DashboardBenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const seconds = options.durationSeconds;
  if (options.database === "PGlite" && !options.openOnly) {
    const clients = Math.max(...options.clients);
    /** A row of one of the two floors; the second is held to the goal it already misses. */
    const floorRows = (
      server: string,
      what: string,
      load: LoadFigures | undefined,
      held: boolean,
    ): BenchRow[] =>
      load
        ? [
            {
              section: "Dashboard",
              what: `${server}, ${clients} clients, ${seconds} s, ${what} (CPU per request: server event loop / other server threads / load generator ${load.cpu ?? "n/a"})`,
              value: figures(load),
              goal: held ? `p99 ≤ ${P99_GOAL_MS} ms at 200` : "",
              verdict: !held ? "" : load.failures > 0 ? "OVER" : verdict(load.p99, P99_GOAL_MS),
            },
          ]
        : [];
    const BARE = "harness floor: bare node:http server (no work)";
    const floor = (what: string, load: LoadFigures | undefined) =>
      floorRows(BARE, what, load, false);
    const bare = await bareServerLoad(async (server) => ({
      autocannon: await submissionLoad(server, () => "none", clients, seconds),
      wrk: await wrkSubmissionLoad(server, "none", clients, seconds),
      fixed: await submissionLoad(server, () => "none", clients, seconds, options.fixedRate),
      open: await openSubmissionLoad(
        server,
        () => "none",
        clients,
        seconds,
        Math.max(...options.openRates),
      ),
    }));
    rows.push(
      ...floor("autocannon, full speed", bare.autocannon),
      ...floor("wrk, full speed", bare.wrk),
      ...floor(`autocannon at ${options.fixedRate}/s`, bare.fixed),
      ...floor(`open loop at ${Math.max(...options.openRates)}/s`, bare.open),
    );
    const NO_STORE =
      "second floor: the dashboard answering 201 without storing (HTTP, JSON, schema, token; no-store-server.ts)";
    const noStore = (what: string, load: LoadFigures | undefined) =>
      floorRows(NO_STORE, what, load, true);
    const unstored = await noStoreServerLoad(async (server, token) => ({
      autocannon: await submissionLoad(server, () => token, clients, seconds),
      wrk: await wrkSubmissionLoad(server, token, clients, seconds),
    }));
    rows.push(
      ...noStore("autocannon, full speed", unstored.autocannon),
      ...noStore("wrk, full speed", unstored.wrk),
    );
  }
  const db = options.database;
  const largest = Math.max(...options.recordCounts);
  for (const count of options.recordCounts) {
    const location = await freshLocation(options);
    let server: ServerProcess | undefined;
    try {
      const loadSeconds = await preload(location, count);
      server = await startServer({
        dataDir: location.dataDir,
        databaseUrl: location.databaseUrl,
        adminPassword: PASSWORD,
        port: await freePort(),
      });
      const { cookie } = await adminToken(server.baseUrl, PASSWORD);
      const release = await releaseFigures(server, cookie, options.summaryRequests);
      rows.push(
        {
          section: "Dashboard",
          what: `${db}: POST /api/releases (the year), ${count.toLocaleString("en")} records: aggregation, suppression, audit, stored (preload ${loadSeconds.toFixed(1)} s; server's ms: ${release.phases || "n/a"})`,
          value: `${release.createMs.toFixed(0)} ms`,
          goal: count >= 100_000 ? `≤ ${RELEASE_GOAL_MS} ms at 100k` : "",
          verdict: count >= 100_000 ? verdict(release.createMs, RELEASE_GOAL_MS) : "",
        },
        {
          section: "Dashboard",
          what: `${db}: GET /api/summary serving that release, ${count.toLocaleString("en")} records (median of ${options.summaryRequests}; max ${release.serveMax.toFixed(0)} ms; first ${release.first.toFixed(0)} ms)`,
          value: `${release.serve.toFixed(1)} ms`,
          goal: "milliseconds",
          verdict: "",
        },
      );
      if (count !== largest) continue;
      const threads =
        db === "PGlite" ? "PGlite worker, GC" : "GC) / PostgreSQL's backends (open loop only";
      const loadRow = (clients: number, how: string, load: LoadFigures): BenchRow => {
        const goalApplies = clients >= 200;
        return {
          section: "Dashboard",
          what: `${db}: POST /api/submissions, ${clients} clients, ${how}, ${seconds} s over ${count.toLocaleString("en")} records (${load.total} requests, ${load.failures} failed; CPU per submission: server event loop / other server threads (${threads}) / load generator ${load.cpu ?? "n/a"})`,
          value: figures(load),
          goal: goalApplies ? `p99 ≤ ${P99_GOAL_MS} ms at 200` : "",
          verdict: goalApplies ? (load.failures > 0 ? "OVER" : verdict(load.p99, P99_GOAL_MS)) : "",
        };
      };
      // One company token per submission (a reused token would replace, not add): enough for
      // the runs below at up to 3,000/s, issued through the batch route.
      const closedLoops = options.openOnly ? 0 : (options.clients.length + 1) * 3000 * seconds;
      const openLoops = options.openRates.reduce(
        (n, rate) => n + rate * (seconds + OPEN_LOOP_WARMUP_SECONDS) * 1.1,
        0,
      );
      const tokens = await companyTokens(
        server.baseUrl,
        cookie,
        Math.min(150_000, Math.ceil(closedLoops + openLoops)),
      );
      const nextToken = rotating(tokens);
      const clients = Math.max(...options.clients);
      if (!options.openOnly) {
        for (const c of options.clients) {
          const load = await submissionLoad(server, nextToken, c, seconds);
          rows.push(loadRow(c, "autocannon, full speed", load));
        }
        // wrk's script sends one token: every submission after the first replaces that
        // company's record (the replacement path, not the insert path).
        const wrk = await wrkSubmissionLoad(server, tokens[0]!, clients, seconds);
        if (wrk)
          rows.push(loadRow(clients, "wrk, full speed, one company replacing its record", wrk));
        else
          rows.push({
            section: "Dashboard",
            what: `${db}: POST /api/submissions with wrk: not installed (apt install wrk)`,
            value: "",
            goal: "",
            verdict: "",
          });
        const fixed = await submissionLoad(server, nextToken, clients, seconds, options.fixedRate);
        rows.push(loadRow(clients, `autocannon at a fixed ${options.fixedRate}/s`, fixed));
      }
      for (const rate of options.openRates) {
        const open = await openSubmissionLoad(
          server,
          nextToken,
          clients,
          seconds,
          rate,
          location.backendPids,
        );
        rows.push(
          loadRow(
            clients,
            `open loop (random moments) at ${rate}/s in all, after ${OPEN_LOOP_WARMUP_SECONDS} s of warm-up, max ${open.max!.toFixed(0)} ms`,
            open,
          ),
        );
      }
      const peak = peakRssMb(server.child.pid);
      rows.push({
        section: "Dashboard",
        what: `${db}: server peak RSS (VmHWM) after the runs above`,
        value: peak === undefined ? "n/a" : `${peak.toFixed(0)} MB`,
        goal: `≤ ${PEAK_RSS_GOAL_MB} MB`,
        verdict: peak === undefined ? "" : verdict(peak, PEAK_RSS_GOAL_MB),
      });
      const kinds = memoryByKind(server.child.pid);
      if (kinds)
        rows.push({
          section: "Dashboard",
          what: `${db}: server resident memory now, by kind (/proc smaps): ${describeMemory(kinds)}`,
          value: "",
          goal: "",
          verdict: "",
        });
    } finally {
      await server?.stop();
      await location.cleanup();
    }
  }
  return rows;
}
