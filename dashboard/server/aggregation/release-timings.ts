/**
 * Where a release's time went, in milliseconds: what `POST /api/releases` answers in its
 * Server-Timing header (admin only; the bench prints it). Wall time on the server's event loop,
 * the database's share included where the phase waits for it.
 */
export interface ReleaseTimings {
  /** the earlier releases of the year and the year's cells with the records' parts (SQL) */
  read: number;
  /** cells decoded and rolled up into the published groups, quartiles and bands */
  aggregate: number;
  /** suppression decided and widened until the audit passes (interval-protection.ts) */
  protect: number;
  /** the audit of the result with every earlier release (check-release.ts) */
  check: number;
  /**
   * serialised and stored: the records' parts sent to the database before the suppression (which
   * it writes meanwhile), then the rest and the release row
   */
  store: number;
}

/** The Server-Timing header value (RFC: `name;dur=ms`, one entry per phase). */
export function serverTiming(timings: ReleaseTimings): string {
  return Object.entries(timings)
    .map(([name, ms]) => `${name};dur=${(ms as number).toFixed(1)}`)
    .join(", ");
}

/** Milliseconds since the last call (the first: since it was made). */
export function lapTimer(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
}
