import { SummaryRefresher } from "../../../dashboard/server/aggregation/summary-refresher";

/** The background refresh only schedules: debounced, single-flight per year, never throws. */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function harness(refresh: (year: number) => Promise<unknown> = async () => undefined) {
  const calls: number[] = [];
  const compactions: number[] = [];
  const errors: unknown[] = [];
  const refresher = new SummaryRefresher({
    quietMs: 30,
    maxWaitMs: 150,
    refresh: (year) => {
      calls.push(year);
      return refresh(year);
    },
    compact: async (year) => {
      compactions.push(year);
    },
    onError: (error) => errors.push(error),
  });
  return { refresher, calls, compactions, errors };
}

describe("SummaryRefresher", () => {
  it("refreshes once per year after a quiet period, not during a burst", async () => {
    const { refresher, calls } = harness();
    for (let i = 0; i < 5; i++) {
      refresher.recordsStored([2025]);
      await sleep(10);
    }
    expect(calls).toEqual([]);
    refresher.recordsStored([2025, 2026]);
    await sleep(80);
    expect(calls.sort()).toEqual([2025, 2026]);
    await refresher.close();
  });

  it("compacts at the latest maxWaitMs into a stream that is never quiet, and refreshes after", async () => {
    const { refresher, calls, compactions } = harness();
    const started = Date.now();
    while (Date.now() - started < 400) {
      refresher.recordsStored([2025]);
      await sleep(10);
    }
    // Never 30 ms without a record, yet compacted every ~150 ms (timers may run late here);
    // the summary, out of date at once in a stream, waits for the pause.
    expect(compactions.length).toBeGreaterThanOrEqual(1);
    expect(compactions.length).toBeLessThanOrEqual(4);
    expect(compactions.every((year) => year === 2025)).toBe(true);
    expect(calls).toEqual([]);
    await sleep(80);
    expect(calls).toEqual([2025]);
    await refresher.close();
  });

  it("refreshes after a stream that ended right at its compaction", async () => {
    const { refresher, calls, compactions } = harness();
    const started = Date.now();
    // A stream (a record every ~10 ms, never 30 ms quiet) whose last record comes more than
    // 120 ms in: then maxWaitMs (150) is nearer than quietMs (30), so compaction is armed.
    let last = 0;
    while (last < 128) {
      refresher.recordsStored([2025]);
      last = Date.now() - started;
      await sleep(10);
    }
    // Nothing arrives after the compaction; the summary still follows a quiet period after it.
    await sleep(120);
    expect(compactions).toEqual([2025]);
    expect(calls).toEqual([2025]);
    await refresher.close();
  });

  it("lets a request drop a pending refresh and wait for a running one", async () => {
    let finish: () => void = () => undefined;
    const { refresher, calls } = harness(() => new Promise<void>((r) => (finish = r)));
    refresher.recordsStored([2025]);
    expect(await refresher.settle(2025)).toBe(false); // pending: dropped, the request computes
    await sleep(60);
    expect(calls).toEqual([]);
    refresher.recordsStored([2025]);
    await sleep(60);
    expect(calls).toEqual([2025]);
    let settled = false;
    const waiting = refresher.settle(2025).then((waited) => (settled = waited));
    await sleep(10);
    expect(settled).toBe(false);
    finish();
    await waiting;
    expect(settled).toBe(true);
    await refresher.close();
  });

  it("reports failures instead of throwing, and does nothing after close", async () => {
    const { refresher, calls, errors } = harness(() => Promise.reject(new Error("db down")));
    refresher.recordsStored([2025]);
    await sleep(60);
    expect(errors).toHaveLength(1);
    await refresher.close();
    refresher.recordsStored([2025]);
    await sleep(60);
    expect(calls).toEqual([2025]);
  });
});
