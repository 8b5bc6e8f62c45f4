import net from "node:net";
import { makeRecord } from "../dashboard/support/records";

/**
 * An open-loop load: 200 clients, each on its own keep-alive connection, each submitting at
 * random moments (a Poisson process of rate total ÷ clients), as independent HR offices do. No
 * client waits for the others, and the next submission's moment does not depend on when the
 * last was answered. If a client's previous submission is still in flight when the next is
 * due, the next goes out right after it on the same connection, and its latency is counted
 * from the moment it was due (no coordinated omission: a slow server cannot hide its queue).
 *
 * Why beside autocannon and wrk: their closed loops keep all 200 requests in flight all the
 * time, which measures saturation (latency = 200 ÷ throughput); autocannon's fixed rate starts
 * every connection's timer together, which is a burst of 200 every 200 ms. This is the load
 * between the two: how long a submission takes when 200 clients are connected and the server
 * is not saturated.
 */
export interface OpenLoopResult {
  sent: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  failures: number;
}

export interface OpenLoopOptions {
  baseUrl: string;
  /**
   * The bearer token of the next submission: tokens are per company (issue 14), so a token used
   * twice would replace its company's record instead of adding one. One supplier across runs.
   */
  nextToken: () => string;
  clients: number;
  /** submissions per second from all clients together */
  rate: number;
  seconds: number;
  /** a seeded generator keeps runs comparable; Math.random by default */
  random?: () => number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** The p-quantile (0–1) of sorted values, nearest rank. */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * One client's keep-alive connection, spoken to in raw HTTP/1.1: node:http's client costs
 * ~150 µs of CPU per request here, which on two cores would be taken from the server under test.
 * The server answers with Content-Length (never chunked), so a response ends after the header
 * block and that many bytes. Resolves with the status, or 0 when the connection failed.
 */
class RawClient {
  private socket: net.Socket | undefined;
  private buffer: Buffer = Buffer.alloc(0);
  private waiting: ((status: number) => void) | undefined;

  constructor(private readonly url: URL) {}

  post(head: string, body: string): Promise<number> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.connection().write(head + Buffer.byteLength(body) + "\r\n\r\n" + body);
    });
  }

  close(): void {
    this.socket?.destroy();
  }

  private connection(): net.Socket {
    if (this.socket && !this.socket.destroyed) return this.socket;
    const socket = net.connect(Number(this.url.port), this.url.hostname);
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.received(chunk));
    const fail = () => {
      this.socket = undefined;
      this.buffer = Buffer.alloc(0);
      this.answer(0);
    };
    socket.once("error", fail);
    socket.once("close", fail);
    this.socket = socket;
    return socket;
  }

  private received(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const headEnd = this.buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) return;
    const head = this.buffer.toString("latin1", 0, headEnd);
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
    if (this.buffer.length < headEnd + 4 + length) return;
    this.buffer = this.buffer.subarray(headEnd + 4 + length);
    this.answer(Number(head.slice(9, 12)));
  }

  private answer(status: number): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.(status);
  }
}

export async function openLoopLoad(options: OpenLoopOptions): Promise<OpenLoopResult> {
  const random = options.random ?? Math.random;
  const url = new URL("/api/submissions", options.baseUrl);
  const perClient = options.rate / options.clients;
  const head = () =>
    `POST ${url.pathname} HTTP/1.1\r\nhost: ${url.host}\r\nauthorization: Bearer ${options.nextToken()}\r\n` +
    "content-type: application/json\r\ncontent-length: ";
  const start = performance.now() + 50;
  const end = start + options.seconds * 1000;
  const latencies: number[] = [];
  let failures = 0;

  const client = async () => {
    const connection = new RawClient(url);
    let due = start - Math.log(1 - random()) / (perClient / 1000);
    while (due < end) {
      await sleep(due - performance.now());
      const body = JSON.stringify(makeRecord());
      const status = await connection.post(head(), body);
      latencies.push(performance.now() - due);
      if (status !== 201) failures++;
      // The next moment follows from the last one, not from when the answer came.
      due += -Math.log(1 - random()) / (perClient / 1000);
    }
    connection.close();
  };

  await Promise.all(Array.from({ length: options.clients }, client));
  latencies.sort((a, b) => a - b);
  return {
    sent: latencies.length,
    perSecond: latencies.length / options.seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: latencies[latencies.length - 1] ?? Number.NaN,
    failures,
  };
}
