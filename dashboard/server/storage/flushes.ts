/**
 * When the next batched statement (a group of inserts, a group of token lookups) may start: in
 * the next turn of the event loop, or, if the last one started less than `gapMs` ago, once that
 * gap is over. Returns the moment chosen (performance.now() time), the caller's next `lastStart`.
 *
 * Why a gap: on PGlite's one thread every statement costs ~0.5–0.7 ms whatever its size, and
 * each record ~0.15 ms more. Starting a statement as soon as the last one ends keeps batches at
 * one or two records at 1,000 submissions/s, so the thread is busy nearly all the time and
 * needs ~0.75 ms of CPU per submission, taken from a machine the HTTP side shares. A few
 * milliseconds between starts gather ~rate × gap records per statement instead, for a few
 * milliseconds of latency, and only under load: after a quiet spell the gap is long over and a
 * submission starts at once.
 */
export function afterGap(lastStart: number, gapMs: number, flush: () => void): number {
  const now = performance.now();
  const at = Math.max(now, lastStart + gapMs);
  if (at > now) setTimeout(flush, at - now);
  else setImmediate(flush);
  return at;
}
