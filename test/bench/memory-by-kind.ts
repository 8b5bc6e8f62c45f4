import { readFileSync } from "node:fs";

/**
 * A process's resident memory by kind, from Linux's /proc/<pid>/smaps: what the dashboard bench
 * prints beside the server's peak, so that a change in the peak shows where it came from
 * (docs/benchmarks.md, "Server memory"). The kinds follow from how each allocator maps memory:
 * - glibc malloc: the main arena is `[heap]`; every other arena is a 64 MB-aligned reservation
 *   whose used part is readable and writable and the rest `---p`;
 * - a WebAssembly memory (PGlite's) is its current size, readable and writable, directly
 *   followed by gigabytes of `---p` guard;
 * - V8's heaps are made of 256 kB pages, each its own mapping;
 * - files (the node binary, shared libraries) and executable anonymous mappings (JIT and
 *   WebAssembly code) are named or flagged as such.
 * Mappings of none of these kinds (large objects, thread stacks, buffers) are "other". A
 * heuristic: a block malloc maps on its own may happen to look like a run of V8 pages.
 */
export interface MemoryByKind {
  v8Pages: number;
  mallocArenas: number;
  wasmMemory: number;
  files: number;
  code: number;
  other: number;
}

interface Mapping {
  start: number;
  end: number;
  perm: string;
  name: string;
  rssMb: number;
}

const MB = 1024 * 1024;
const ARENA = 64 * MB;
const V8_PAGE = 256 * 1024;
const GUARD_MIN = 1024 * MB;

/** The mappings of an smaps text; addresses as numbers (exact below 2^53, as on x86-64). */
export function parseSmaps(text: string): Mapping[] {
  const maps: Mapping[] = [];
  for (const line of text.split("\n")) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (head) {
      maps.push({
        start: parseInt(head[1]!, 16),
        end: parseInt(head[2]!, 16),
        perm: head[3]!,
        name: head[4]!,
        rssMb: 0,
      });
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss && maps.length > 0) maps[maps.length - 1]!.rssMb = Number(rss[1]) / 1024;
  }
  return maps;
}

export function classify(maps: readonly Mapping[]): MemoryByKind {
  const kinds: MemoryByKind = {
    v8Pages: 0,
    mallocArenas: 0,
    wasmMemory: 0,
    files: 0,
    code: 0,
    other: 0,
  };
  maps.forEach((m, i) => {
    const next = maps[i + 1];
    const guardFollows = next !== undefined && next.perm === "---p" && next.start === m.end;
    if (m.name === "[heap]") kinds.mallocArenas += m.rssMb;
    else if (m.name.startsWith("/")) kinds.files += m.rssMb;
    else if (m.name.startsWith("[")) kinds.other += m.rssMb;
    else if (m.perm.includes("x")) kinds.code += m.rssMb;
    else if (m.perm === "---p") return;
    else if (guardFollows && next.end - next.start >= GUARD_MIN) kinds.wasmMemory += m.rssMb;
    else if (
      m.start % ARENA === 0 &&
      (m.end - m.start === ARENA || (guardFollows && next.end - m.start === ARENA))
    )
      kinds.mallocArenas += m.rssMb;
    // Adjacent pages with the same rights may share one mapping: any aligned run of them.
    else if (
      m.start % V8_PAGE === 0 &&
      (m.end - m.start) % V8_PAGE === 0 &&
      m.end - m.start <= ARENA / 4
    )
      kinds.v8Pages += m.rssMb;
    else kinds.other += m.rssMb;
  });
  return kinds;
}

/** The process's resident memory by kind now; undefined where /proc is missing (not Linux). */
export function memoryByKind(pid: number | undefined): MemoryByKind | undefined {
  try {
    return classify(parseSmaps(readFileSync(`/proc/${pid}/smaps`, "utf8")));
  } catch {
    return undefined;
  }
}

export function describeMemory(kinds: MemoryByKind): string {
  const mb = (x: number) => `${x.toFixed(0)}`;
  return (
    `V8 heap pages ${mb(kinds.v8Pages)}, malloc arenas ${mb(kinds.mallocArenas)}, ` +
    `WASM memory ${mb(kinds.wasmMemory)}, files ${mb(kinds.files)}, code ${mb(kinds.code)}, ` +
    `other ${mb(kinds.other)} MB`
  );
}
