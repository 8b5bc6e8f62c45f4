/**
 * How every start of the dashboard server runs Node: `npm start` (scripts/start.ts),
 * `npm run dashboard` (scripts/dashboard.ts), and the crash test and the bench
 * (test/crash/support/server-process.ts), so that the bench measures the process the product
 * runs. The server is TypeScript run by tsx. These settings cut its memory (issue 14: peak
 * ≤ 400 MB in the bench over 100,000 records on PGlite); where it went, measured with
 * /proc/<pid>/smaps and process.memoryUsage() of every thread, is in docs/benchmarks.md.
 */
export const SERVER_NODE_ARGS: readonly string[] = [
  // V8 lets a heap grow to up to 4× what survived the last full collection before it collects
  // again: the HTTP thread (~30 MB live) reached ~120 MB under submissions, the PGlite worker
  // (~15 MB live) ~60 MB. At 1.5× it collects more often (each time ~30 MB to mark), at the
  // same CPU per submission within the bench's noise. (--max-semi-space-size would shrink the
  // young generations too, ~25 MB more, but it also overrides the PGlite worker's
  // resourceLimits and costs scavenges per submission: not needed for the limit.)
  "--heap-growing-percent=50",
  // TypeScript through tsx's CommonJS hook, on the thread that loads each module. `--import tsx`
  // also registers tsx's ES-module hooks, which Node runs on a thread of their own (an isolate,
  // ~15 MB) for the life of the process; the server is CommonJS and needs none of it.
  "--require",
  "tsx/cjs",
];

/** What those starts add to the environment (a variable already set keeps its value). */
export const SERVER_ENV: Readonly<Record<string, string>> = {
  // glibc's malloc serves a block above the mmap threshold (128 kB) with its own mapping, given
  // back when freed, but raises the threshold to the size of every such block freed, up to
  // 32 MB: after the PGlite worker's start (WebAssembly compilation) and a release, blocks of
  // that size came from the threads' arenas and stayed there, ~80 MB of the bench's peak.
  // Setting the threshold turns that adjustment off.
  MALLOC_MMAP_THRESHOLD_: "131072",
  // esbuild (tsx's compiler) otherwise keeps a worker thread (~15 MB) for the life of the process
  // once it compiled one file, even when tsx's cache answers every later start; without it a
  // compilation runs esbuild as a child process, which costs only the first start after a change
  // (~1.5 s).
  ESBUILD_WORKER_THREADS: "0",
};

/** The entry point, relative to the repository root (the working directory of every start). */
export const SERVER_ENTRY = "dashboard/server/main.ts";
