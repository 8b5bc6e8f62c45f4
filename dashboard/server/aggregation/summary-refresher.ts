/**
 * Recomputes a year's cached summary shortly AFTER records were stored, off the request path,
 * so that the next GET /api/summary usually finds it warm instead of paying for the
 * aggregation and the suppression itself.
 *
 * - Trailing debounce: a refresh starts only after `quietMs` without new records for that year.
 *   During a burst of submissions nothing runs (on PGlite a refresh holds the one connection
 *   for a few hundred milliseconds at 100,000 records; it must not sit in the middle of a
 *   burst), and one refresh follows the burst.
 * - A stream that is never quiet (a round's deadline) gets, at the latest `maxWaitMs` after the
 *   first record not yet covered, a compaction only (`compact`): otherwise the per-record chunks
 *   would pile up (reads stay correct, but each merges more rows, and the eventual compaction
 *   grows). Not the summary: computed in the middle of a stream it is out of date at once (the
 *   next record changes the year's version), and on PGlite its aggregation held the connection
 *   for every submission behind it (the open-loop bench saw that as its p99). The summary
 *   follows when the stream pauses.
 * - Never part of a submission: storing calls recordsStored(), which only (re)arms a timer;
 *   errors of a refresh are reported to `onError` and otherwise ignored (the next GET computes).
 * - Stateless apart from the database: the result goes to the shared summary cache, whose write
 *   refuses anything but the year's current version (summary-cache-queries.ts), so an instance
 *   refreshing an older snapshot can never replace a newer entry. The timers and the promise of
 *   the refresh in flight are scheduling only; losing them (a crash) loses nothing.
 */
export interface SummaryRefresherOptions {
  /** ms without new records before the refresh starts */
  quietMs: number;
  /** ms after the first record not yet covered by a refresh, after which one starts anyway */
  maxWaitMs: number;
  /** computes and stores the year's publication (load-publication.ts) */
  refresh(fiscalYear: number): Promise<unknown>;
  /** merges the year's chunks (what a stream that is never quiet gets at maxWaitMs) */
  compact(fiscalYear: number): Promise<unknown>;
  onError(error: unknown, fiscalYear: number): void;
}

export class SummaryRefresher {
  private readonly timers = new Map<number, NodeJS.Timeout>();
  private readonly running = new Map<number, Promise<void>>();
  /** per year: when the first record not yet covered by a refresh was stored */
  private readonly waitingSince = new Map<number, number>();
  private closed = false;

  constructor(private readonly options: SummaryRefresherOptions) {}

  /** Called after a statement that stored records committed. Cheap and synchronous. */
  recordsStored(fiscalYears: Iterable<number>): void {
    if (this.closed) return;
    const now = Date.now();
    for (const year of fiscalYears) {
      const since = this.waitingSince.get(year) ?? now;
      this.waitingSince.set(year, since);
      const untilMaxWait = since + this.options.maxWaitMs - now;
      if (untilMaxWait < this.options.quietMs) this.arm(year, untilMaxWait, "compact");
      else this.arm(year, this.options.quietMs, "refresh");
    }
  }

  private arm(fiscalYear: number, delayMs: number, work: "refresh" | "compact"): void {
    clearTimeout(this.timers.get(fiscalYear));
    const timer = setTimeout(() => this.start(fiscalYear, work), Math.max(0, delayMs));
    timer.unref(); // never keeps a process alive
    this.timers.set(fiscalYear, timer);
  }

  /**
   * For a GET that found the cache stale: a pending refresh is dropped (the GET computes now,
   * which stores the same entry), a running one is waited for. Returns whether it waited; the
   * caller then reads the cache again, which serves the entry only if it is of the CURRENT
   * version, so the GET never answers with data older than what it saw.
   */
  async settle(fiscalYear: number): Promise<boolean> {
    clearTimeout(this.timers.get(fiscalYear));
    this.timers.delete(fiscalYear);
    this.waitingSince.delete(fiscalYear);
    const running = this.running.get(fiscalYear);
    if (!running) return false;
    await running;
    return true;
  }

  /** Cancels pending refreshes and waits for the running ones (before the storage closes). */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.waitingSince.clear();
    await Promise.all(this.running.values());
  }

  private start(fiscalYear: number, work: "refresh" | "compact"): void {
    this.timers.delete(fiscalYear);
    if (this.closed || this.running.has(fiscalYear)) {
      // One at a time per year: a refresh already running is of an older snapshot, so arm
      // another one for after it (a quiet period later: past maxWait, 0 would spin).
      if (!this.closed) this.arm(fiscalYear, this.options.quietMs, "refresh");
      return;
    }
    this.waitingSince.delete(fiscalYear);
    const run = (
      work === "refresh" ? this.options.refresh(fiscalYear) : this.options.compact(fiscalYear)
    )
      .then(
        () => undefined,
        (error: unknown) => this.options.onError(error, fiscalYear),
      )
      .finally(() => {
        this.running.delete(fiscalYear);
        // A stream that ended right at its compaction armed nothing after it: the summary
        // still follows a quiet period (a newer record has re-armed the timer already).
        if (work === "compact" && !this.closed && !this.timers.has(fiscalYear)) {
          this.arm(fiscalYear, this.options.quietMs, "refresh");
        }
      });
    this.running.set(fiscalYear, run);
  }
}
