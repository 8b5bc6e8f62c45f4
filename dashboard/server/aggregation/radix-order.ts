/**
 * The year's values of one statistic in ascending order, each tagged with the cell it came
 * from: what groupQuartiles (quartiles.ts) walks. An LSD radix sort on the HIGH 32 bits of the
 * float64 (sign, exponent, 20 mantissa bits: three passes of 11 bits over flat typed arrays),
 * then the low 32 bits only where needed: inside each run of equal high words, which for these
 * percentages is a run of equal values (already in order) or a handful of neighbours. At
 * 100,000 values that halves the six full passes this replaced (~12 ms per statistic), which
 * were themselves ~3× faster than sorting the cells and merging them in JavaScript. A long run
 * of distinct values sharing a high word (only contrived data has one) is sorted by comparison:
 * O(k log k), never quadratic.
 */

export interface TaggedValues {
  values: Float64Array;
  /** the index of the run each value came from */
  tags: Uint32Array;
}

/** 11-bit digits, three per 32-bit word: 2,048 buckets stay in the L1 cache while scattering. */
const BITS = 11;
const PER_WORD = 3;
const RADIX = 1 << BITS;
const MASK = RADIX - 1;
/** Which 32-bit half of a float64 is the high one (sign, exponent) on this machine. */
const HI = new Uint32Array(new Float64Array([-1]).buffer)[1] === 0xbff00000 ? 1 : 0;
const LO = 1 - HI;

/**
 * Ascending by numeric value as Float64Array#sort orders (−0 before +0; NaN, which records
 * cannot hold, last), ties in any order. The runs need not be sorted.
 */
export function orderTagged(runs: readonly Float64Array[]): TaggedValues {
  let n = 0;
  for (const run of runs) n += run.length;
  const all = new Float64Array(n);
  let tag = new Uint32Array(n);
  let at = 0;
  runs.forEach((run, r) => {
    all.set(run, at);
    tag.fill(r, at, at + run.length);
    at += run.length;
  });

  // The order-preserving unsigned key: positives get the sign bit set, negatives all bits
  // flipped (a larger magnitude is then a smaller key).
  const words = new Uint32Array(all.buffer);
  let hi = new Uint32Array(n);
  let lo = new Uint32Array(n);
  const counts = new Uint32Array(PER_WORD * RADIX); // digit histograms of the high words
  for (let i = 0; i < n; i++) {
    let h = words[2 * i + HI]!;
    let l = words[2 * i + LO]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else {
      h = (h | 0x80000000) >>> 0;
    }
    hi[i] = h;
    lo[i] = l;
    counts[h & MASK]!++;
    counts[RADIX + ((h >>> BITS) & MASK)]!++;
    counts[2 * RADIX + (h >>> (2 * BITS))]!++;
  }

  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let tag2 = new Uint32Array(n);
  for (let d = 0; d < PER_WORD && n > 0; d++) {
    const count = counts.subarray(d * RADIX, (d + 1) * RADIX);
    const shift = d * BITS;
    if (count[(hi[0]! >>> shift) & MASK] === n) continue; // one digit for all: nothing moves
    // count → first position of each digit
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const to = count[(hi[i]! >>> shift) & MASK]!++;
      hi2[to] = hi[i]!;
      lo2[to] = lo[i]!;
      tag2[to] = tag[i]!;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [tag, tag2] = [tag2, tag];
  }
  orderRunsByLow(hi, lo, tag);

  // Keys back to the exact float64 bits.
  for (let i = 0; i < n; i++) {
    const h = hi[i]!;
    if (h & 0x80000000) {
      words[2 * i + HI] = h & 0x7fffffff;
      words[2 * i + LO] = lo[i]!;
    } else {
      words[2 * i + HI] = ~h >>> 0;
      words[2 * i + LO] = ~lo[i]! >>> 0;
    }
  }
  return { values: all, tags: tag };
}

/** Runs up to this long are insertion-sorted; longer ones by comparison on an index array. */
const SHORT_RUN = 16;

/** Sorts each run of equal high words by the low word (moving lo and tag with it). */
function orderRunsByLow(hi: Uint32Array, lo: Uint32Array, tag: Uint32Array): void {
  const n = hi.length;
  let start = 0;
  while (start < n) {
    let end = start + 1;
    let sorted = true;
    while (end < n && hi[end] === hi[start]) {
      if (lo[end]! < lo[end - 1]!) sorted = false;
      end++;
    }
    if (!sorted) {
      if (end - start <= SHORT_RUN) insertionSort(lo, tag, start, end);
      else comparisonSort(lo, tag, start, end);
    }
    start = end;
  }
}

function insertionSort(lo: Uint32Array, tag: Uint32Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const l = lo[i]!;
    const t = tag[i]!;
    let j = i - 1;
    while (j >= start && lo[j]! > l) {
      lo[j + 1] = lo[j]!;
      tag[j + 1] = tag[j]!;
      j--;
    }
    lo[j + 1] = l;
    tag[j + 1] = t;
  }
}

function comparisonSort(lo: Uint32Array, tag: Uint32Array, start: number, end: number): void {
  const order = Array.from({ length: end - start }, (_, i) => start + i).sort(
    (a, b) => lo[a]! - lo[b]!,
  );
  const los = order.map((i) => lo[i]!);
  const tags = order.map((i) => tag[i]!);
  lo.set(los, start);
  tag.set(tags, start);
}
