import http from "node:http";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { request } from "./http-json";

/**
 * What the clients saw. A client sends one record until it gets 200/201 and then NEVER again:
 * so an id acknowledged before the crash is not re-sent, and finding it stored at the end
 * proves the acknowledged commit survived the crash.
 */
export interface Ledger {
  /** submissionId → the status of its first 200/201 answer */
  acked: Map<string, 200 | 201>;
  /** requests that got no answer (connection reset, refused, timed out) */
  noAnswer: number;
  /** any other status, by status: 500 or 409 here is a failure of the test */
  otherStatuses: Map<number, number>;
  /** requests sent; the number in flight when the server was killed */
  sent: number;
  inFlightAtKill: number | null;
}

export interface SubmitterRun {
  /** where the server is now (changes when it restarts) */
  baseUrl(): string;
  /** the bearer token of the record's company */
  tokenOf(record: StatsRecord): string;
  records: readonly StatsRecord[];
  clients: number;
  /** called once, when this many ids are acknowledged */
  crashAfterAcks: number;
  onCrashPoint(ledger: Ledger): void;
  deadlineMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runSubmitters(run: SubmitterRun): Promise<Ledger> {
  const ledger: Ledger = {
    acked: new Map(),
    noAnswer: 0,
    otherStatuses: new Map(),
    sent: 0,
    inFlightAtKill: null,
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: run.clients });
  const queue = [...run.records];
  let inFlight = 0;
  const deadline = Date.now() + run.deadlineMs;

  const submitUntilAcked = async (record: StatsRecord) => {
    while (Date.now() < deadline) {
      inFlight++;
      ledger.sent++;
      try {
        const response = await request(run.baseUrl(), "POST", "/api/submissions", {
          body: record,
          headers: { authorization: `Bearer ${run.tokenOf(record)}` },
          agent,
        });
        if (response.status === 200 || response.status === 201) {
          ledger.acked.set(record.submissionId, response.status);
          if (ledger.acked.size === run.crashAfterAcks) {
            ledger.inFlightAtKill = inFlight - 1;
            run.onCrashPoint(ledger);
          }
          return;
        }
        ledger.otherStatuses.set(
          response.status,
          (ledger.otherStatuses.get(response.status) ?? 0) + 1,
        );
        // A 5xx may be retried like no answer; a 4xx would repeat for ever, so give up on it.
        if (response.status < 500) return;
      } catch {
        ledger.noAnswer++;
      } finally {
        inFlight--;
      }
      await sleep(50 + Math.random() * 100);
    }
  };

  await Promise.all(
    Array.from({ length: run.clients }, async () => {
      for (let record = queue.shift(); record; record = queue.shift()) {
        await submitUntilAcked(record);
      }
    }),
  );
  agent.destroy();
  return ledger;
}
