import { classify, parseSmaps } from "./memory-by-kind";

/** One smaps entry: a header line and the Rss line (the other fields do not matter here). */
function entry(start: number, sizeKb: number, perm: string, rssKb: number, name = ""): string {
  const hex = (n: number) => n.toString(16).padStart(12, "0");
  return [
    `${hex(start)}-${hex(start + sizeKb * 1024)} ${perm} 00000000 00:00 0          ${name}`,
    `Size:           ${sizeKb} kB`,
    `Rss:            ${rssKb} kB`,
    `Pss:            ${rssKb} kB`,
  ].join("\n");
}

const MB = 1024 * 1024;
const base = 0x7f0000000000; // 64 MB-aligned

describe("the bench's memory by kind (smaps)", () => {
  it("sorts a hand-made process into its kinds", () => {
    const text = [
      entry(0x400000, 8 * 1024, "r-xp", 6 * 1024, "/usr/bin/node"),
      entry(0x2000000, 2 * 1024, "rw-p", 1024, "[heap]"),
      // a thread arena: 10 MB used of its 64 MB reservation
      entry(base, 10 * 1024, "rw-p", 3 * 1024),
      entry(base + 10 * MB, 54 * 1024, "---p", 0),
      // a WebAssembly memory of 128 MB, 40 MB resident, then 8 GB of guard
      entry(base + 256 * MB, 128 * 1024, "rw-p", 40 * 1024),
      entry(base + 384 * MB, 8 * 1024 * 1024, "---p", 0),
      // two V8 pages, one of them merged with its neighbour into a 512 kB mapping
      entry(base + 9000 * MB, 256, "rw-p", 200),
      entry(base + 9001 * MB, 512, "rw-p", 512),
      // JIT code, a thread stack (8 MB + 4 kB, not page-aligned in size) and the stack
      entry(base + 9100 * MB, 2048, "rwxp", 1024),
      entry(base + 9200 * MB, 8196, "rw-p", 100),
      entry(base + 9300 * MB, 132, "rw-p", 12, "[stack]"),
    ].join("\n");
    const kinds = classify(parseSmaps(text));
    expect(kinds.files).toBe(6);
    expect(kinds.mallocArenas).toBe(1 + 3);
    expect(kinds.wasmMemory).toBe(40);
    expect(kinds.v8Pages).toBeCloseTo((200 + 512) / 1024, 10);
    expect(kinds.code).toBe(1);
    expect(kinds.other).toBeCloseTo((100 + 12) / 1024, 10);
  });

  it("does not take a read-write mapping followed by a short guard for WebAssembly", () => {
    // A thread stack's guard page comes before it; a 64 MB-unaligned block and a small guard
    // after it are neither an arena nor a WebAssembly memory.
    const text = [
      entry(base + 4 * MB, 4 * 1024, "rw-p", 4 * 1024),
      entry(base + 8 * MB, 4, "---p", 0),
    ].join("\n");
    const kinds = classify(parseSmaps(text));
    expect(kinds.wasmMemory).toBe(0);
    expect(kinds.mallocArenas).toBe(0);
    // 4 MB aligned to 256 kB: counted as V8 pages (the heuristic's known blind spot)
    expect(kinds.v8Pages + kinds.other).toBe(4);
  });
});
