/**
 * The year's values of one statistic in ascending order, each tagged with the cell it came
 * from: what groupQuartiles (quartiles.ts) walks. An LSD radix sort on the float64 bits, six
 * passes of 11 bits over flat typed arrays: linear whatever the input (no adversarial worst
 * case), and at 100,000 values ~3× faster than sorting the ~300 cells and merging them with
 * tags in JavaScript (which cost ~20 ms per statistic; a comparator sort would cost more).
 */

export interface TaggedValues {
  values: Float64Array;
  /** the index of the run each value came from */
  tags: Uint32Array;
}

/** 11-bit digits, three per 32-bit half: 2,048 buckets stay in the L1 cache while scattering. */
const BITS = 11;
const PER_WORD = 3;
const DIGITS = 2 * PER_WORD;
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
  const counts = new Uint32Array(DIGITS * RADIX);
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
    counts[l & MASK]!++;
    counts[RADIX + ((l >>> BITS) & MASK)]!++;
    counts[2 * RADIX + (l >>> (2 * BITS))]!++;
    counts[3 * RADIX + (h & MASK)]!++;
    counts[4 * RADIX + ((h >>> BITS) & MASK)]!++;
    counts[5 * RADIX + (h >>> (2 * BITS))]!++;
  }

  let hi2 = new Uint32Array(n);
  let lo2 = new Uint32Array(n);
  let tag2 = new Uint32Array(n);
  for (let d = 0; d < DIGITS && n > 0; d++) {
    const count = counts.subarray(d * RADIX, (d + 1) * RADIX);
    const source = d < PER_WORD ? lo : hi;
    const shift = (d % PER_WORD) * BITS;
    if (count[(source[0]! >>> shift) & MASK] === n) continue; // one digit for all: nothing moves
    // count → first position of each digit
    let sum = 0;
    for (let b = 0; b < RADIX; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const to = count[(source[i]! >>> shift) & MASK]!++;
      hi2[to] = hi[i]!;
      lo2[to] = lo[i]!;
      tag2[to] = tag[i]!;
    }
    [hi, hi2] = [hi2, hi];
    [lo, lo2] = [lo2, lo];
    [tag, tag2] = [tag2, tag];
  }

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
