import { readdirSync, readFileSync } from "node:fs";

/**
 * CPU time per thread of a process, from Linux's /proc/<pid>/task/<tid>/stat (utime + stime,
 * in clock ticks of 10 ms): what shows where the time of a submission goes: the server's
 * event loop, its other threads (PGlite's worker, V8's GC helpers, libuv), the load generator.
 * Empty where /proc is missing (not Linux): the bench then prints n/a.
 */
export type ThreadTimes = Map<string, number>;

const TICK_MS = 10;

export function threadTimes(pid: number | undefined): ThreadTimes {
  const times: ThreadTimes = new Map();
  if (pid === undefined) return times;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
      // After "(comm) " (which may hold spaces): state, ppid, …; utime and stime are 11 and 12.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      times.set(tid, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    }
  } catch {
    // the process or a thread ended meanwhile: report what was read
  }
  return times;
}

/** ms of CPU between two readings: the main thread (tid = pid) and all other threads. */
export function cpuBetween(
  pid: number | undefined,
  before: ThreadTimes,
  after: ThreadTimes,
): { mainMs: number; otherMs: number } | undefined {
  if (pid === undefined || after.size === 0) return undefined;
  let mainMs = 0;
  let otherMs = 0;
  for (const [tid, ms] of after) {
    const spent = ms - (before.get(tid) ?? 0);
    if (tid === String(pid)) mainMs += spent;
    else otherMs += spent;
  }
  return { mainMs, otherMs };
}

/**
 * ms of CPU used by this process's children that have ended and been waited for (cutime +
 * cstime): read before and after a child such as wrk runs, it gives that child's CPU.
 */
export function endedChildrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return undefined;
  }
}

/**
 * ms of CPU (utime + stime) of whole processes, e.g. the PostgreSQL backends serving the server
 * under test (same machine: /proc). Processes that are gone count as 0.
 */
export function processesCpuMs(pids: readonly number[]): number {
  let ms = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ms += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      // the backend ended: its CPU is no longer readable
    }
  }
  return ms;
}
