/**
 * PGlite has no autovacuum: nothing ever vacuums its `records`. Two costs follow.
 *
 * - Every row stays without hint bits until a statement reads it. The first release after
 *   many writes then checks the commit log for every row, dirties every page of the table and
 *   writes them all back: ~0.45 s of a ~1.9 s release at 100,000 records (bench, PGlite's 16 MB
 *   of shared buffers against a 156 MB table), while PostgreSQL's autovacuum would long have
 *   done it in the background.
 * - The rows that corrections and revocations delete are never reclaimed.
 *
 * So the storage does autovacuum's job on PGlite: once at least `threshold` rows were written
 * (PostgreSQL's autovacuum_vacuum_insert_threshold, 1,000), it runs `VACUUM records` when no
 * write came for `idleMs`. Never under load: PGlite runs one statement at a time, so a VACUUM
 * (~5 ms per 1,000 new rows) would hold up the submissions queued behind it. An import, the
 * admin's bulk write, vacuums at once instead, before it answers. A VACUUM visits only the pages
 * not yet all-visible, so each one costs what was written since the last.
 */
export interface IdleVacuumSettings {
  threshold: number;
  idleMs: number;
}

export const IDLE_VACUUM: IdleVacuumSettings = { threshold: 1000, idleMs: 2000 };

export class IdleVacuum {
  private pending = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly vacuum: () => Promise<void>,
    private readonly settings: IdleVacuumSettings = IDLE_VACUUM,
  ) {}

  /** `rows` of `records` were inserted or deleted by a committed statement. */
  written(rows: number): void {
    if (this.closed || rows <= 0) return;
    this.pending += rows;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending < this.settings.threshold) return;
    this.timer = setTimeout(() => void this.run(), this.settings.idleMs);
    // Maintenance only: it must not keep a process alive that has nothing else to do.
    this.timer.unref();
  }

  /** After a bulk write (an import): vacuums now, if enough was written, before answering. */
  async afterBulkWrite(): Promise<void> {
    if (this.pending >= this.settings.threshold) await this.run();
  }

  /** Waits for a VACUUM in progress; none starts after this. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private run(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.running) return this.running;
    if (this.closed) return Promise.resolve();
    const rows = this.pending;
    this.pending = 0;
    this.running = this.vacuum()
      .catch(() => {
        // Maintenance only: the data is unharmed; try again after the next writes.
        this.pending += rows;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }
}
