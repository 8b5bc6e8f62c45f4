import {
  groupQuartiles,
  percentileCont,
  QUARTILE_PERCENTILES,
} from "../../../dashboard/server/aggregation/quartiles";
import { orderTagged } from "../../../dashboard/server/aggregation/radix-order";
import {
  STAT_KEYS,
  type RawAggregates,
  type StatKey,
} from "../../../dashboard/server/aggregation/raw-aggregates";
import { FACTS_OF } from "../../../dashboard/server/storage/migration-cell-chunks";
import type { StatsRecord } from "../../../shared/stats/record-schema";
import { recordInput } from "../support/record-input";
import { aggregateOf } from "../support/aggregate-of";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";
import { DRIVERS, suiteDatabase, type TestDatabase } from "../support/test-database";

/**
 * The summary's quartiles no longer come from percentile_cont: the SQL returns each finest
 * cell's values and TypeScript selects the ranks and interpolates (aggregation/quartiles.ts, roll-up.ts).
 * They must still be percentile_cont's numbers to the last bit, so random years (ties, single
 * values, empty groups, NULLs) are compared with percentile_cont run by the same database, and
 * with the TypeScript reference.
 */
jest.setTimeout(120_000);

/** A small deterministic PRNG (mulberry32): failures reproduce. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomYear(seed: number, count: number): StatsRecord[] {
  const random = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // Few distinct gaps (many ties), full-precision doubles, and NULLs.
  const gap = () =>
    pick([null, 50, 72.5, 72.5, 80, 100, random() * 120, Math.round(random() * 1000) / 10]);
  const managers = () => ({ women: pick([0, 0, 1, 2, 3, 7]), men: pick([0, 1, 2, 5, 13]) });
  return Array.from({ length: count }, () =>
    makeRecord((r) => {
      r.round = pick([1, 2, 3, 4, 5, 6]);
      r.sizeBand = pick(["1-29", "30-99", "100-300"]);
      // one industry that appears once at most: groups of a single value
      r.industry = random() < 0.01 ? "Q" : pick(["A", "E", "M", null]);
      r.counts.application.managers = managers();
      r.counts.report.managers = managers();
      r.wageGap = { all: gap(), regular: gap(), nonRegular: random() < 0.8 ? null : gap() };
    }),
  );
}

const STAT_COLUMNS: Record<StatKey, string> = {
  managerRatioBefore: "manager_ratio_before",
  managerRatioAfter: "manager_ratio_after",
  wageGapAll: "wage_gap_all",
  wageGapRegular: "wage_gap_regular",
  wageGapNonRegular: "wage_gap_non_regular",
};

/** The former aggregation: percentile_cont over the six grouping sets, one statistic. */
async function percentileContByGroup(
  db: TestDatabase,
  stat: StatKey,
): Promise<Map<string, { n: number; q: (number | null)[] }>> {
  const column = STAT_COLUMNS[stat];
  const rows = await db.client.query<{
    round: number | null;
    size_band: string | null;
    industry: string | null;
    bits: number;
    n: number;
    q: number[] | null;
  }>(
    `SELECT round, size_band, industry, GROUPING(round, size_band, industry)::int AS bits,
            count(${column})::int AS n,
            percentile_cont(ARRAY[0.25, 0.5, 0.75]::float8[]) WITHIN GROUP (ORDER BY ${column}) AS q
     FROM (${FACTS_OF("records")}) AS facts WHERE fiscal_year = 2025
     GROUP BY GROUPING SETS ((round), (round, size_band), (round, industry), (), (size_band),
                             (industry))`,
  );
  return new Map(
    rows.map((r) => {
      const dimension = (r.bits & 2) === 0 ? "sizeBand" : (r.bits & 1) === 0 ? "industry" : "total";
      const key =
        dimension === "sizeBand" ? r.size_band : dimension === "industry" ? r.industry : "";
      const round = (r.bits & 4) !== 0 ? null : r.round;
      return [`${round}|${dimension}|${key}`, { n: r.n, q: r.q ?? [null, null, null] }];
    }),
  );
}

const quartilesOfGroups = (raw: RawAggregates, stat: StatKey) =>
  new Map(
    raw.groups.map((g) => {
      const s = g.stats[stat];
      return [`${g.round}|${g.dimension}|${g.key}`, { n: s.n, q: [s.q1, s.median, s.q3] }];
    }),
  );

/** percentile_cont's definition, on a plain sorted copy */
function naive(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lo = sorted[Math.floor(position)]!;
  const hi = sorted[Math.ceil(position)]!;
  return Math.floor(position) === Math.ceil(position)
    ? lo
    : lo + (position - Math.floor(position)) * (hi - lo);
}

describe("quartiles (pure)", () => {
  it("interpolates like percentile_cont: empty, one value, ties, even and odd counts", () => {
    const random = prng(7);
    const cases = [[], [42.5], [1, 1], [3, 1, 2], [5, 5, 5, 5], [0, 100, 33.3, 66.7, 0.1]];
    for (let i = 0; i < 200; i++) {
      cases.push(
        Array.from({ length: Math.floor(random() * 12) }, () => Math.floor(random() * 5) * 12.3),
      );
    }
    for (const values of cases) {
      // split into runs as the cells would be, then ordered together
      const runs = [values.slice(0, 2), values.slice(2, 5), values.slice(5)].map((r) =>
        Float64Array.from(r),
      );
      const merged = orderTagged(runs);
      expect([...merged.values]).toEqual([...values].sort((a, b) => a - b));
      merged.values.forEach((v, i) => expect(runs[merged.tags[i]!]).toContain(v));
      for (const p of QUARTILE_PERCENTILES)
        expect(percentileCont(merged.values, p)).toBe(naive(values, p));
    }
  });

  it("orders every float64 like Float64Array#sort: signs, zeros, magnitudes, ties", () => {
    const random = prng(5);
    const special = [0, -0, 1, -1, 5e-324, -5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, 0.1];
    for (let trial = 0; trial < 100; trial++) {
      const runs = Array.from({ length: 1 + Math.floor(random() * 5) }, () =>
        Float64Array.from({ length: Math.floor(random() * 40) }, () =>
          random() < 0.3
            ? special[Math.floor(random() * special.length)]!
            : (random() - 0.5) * 2 ** Math.floor(random() * 200 - 100),
        ),
      );
      const { values, tags } = orderTagged(runs);
      const expected = Float64Array.from(runs.flatMap((r) => [...r])).sort();
      // Object.is per value: the bits, including the sign of zero
      expect([...values].every((v, i) => Object.is(v, expected[i]))).toBe(true);
      const fromRun = runs.map(() => [] as number[]);
      values.forEach((v, i) => fromRun[tags[i]!]!.push(v));
      fromRun.forEach((got, r) => expect(got).toEqual([...runs[r]!.slice().sort()]));
    }
  });

  it("orders values that share their high 32 bits (long runs resolved by the low word)", () => {
    const random = prng(13);
    const base = new Float64Array(1);
    const words = new Uint32Array(base.buffer);
    for (const length of [2, 16, 17, 300, 5_000]) {
      // one high word, random low words: one run of `length` distinct values, plus ties
      const values = Array.from({ length }, () => {
        base[0] = 50.25;
        words[0] = Math.floor(random() * 2 ** 32) >>> 0; // low word on little-endian hosts
        return random() < 0.2 ? 50.25 : base[0]!;
      });
      const runs = [values.slice(0, length >> 1), values.slice(length >> 1)].map((r) =>
        Float64Array.from(r),
      );
      const { values: ordered, tags } = orderTagged(runs);
      expect([...ordered]).toEqual([...values].sort((a, b) => a - b));
      const fromRun = runs.map(() => [] as number[]);
      ordered.forEach((v, i) => fromRun[tags[i]!]!.push(v));
      fromRun.forEach((got, r) => expect(got).toEqual([...runs[r]!.slice().sort()]));
    }
  });

  it("selects each group's ranks from runs shared by overlapping groups, like a sort would", () => {
    const random = prng(11);
    for (let trial = 0; trial < 300; trial++) {
      const runCount = 1 + Math.floor(random() * 8);
      const groupCount = 1 + Math.floor(random() * 5);
      const fanout = 1 + Math.floor(random() * groupCount);
      const runs = Array.from({ length: runCount }, () =>
        Float64Array.from({ length: Math.floor(random() * 9) }, () =>
          random() < 0.5 ? Math.floor(random() * 4) : (random() - 0.3) * 10 ** (random() * 6),
        ),
      );
      // each run in `fanout` distinct groups; some groups may get no run at all
      const groupsOfRun = new Int32Array(runCount * fanout);
      runs.forEach((_, r) => {
        const order = Array.from({ length: groupCount }, (_, g) => g).sort(() => random() - 0.5);
        order.slice(0, fanout).forEach((g, j) => (groupsOfRun[r * fanout + j] = g));
      });
      const { n, quartiles } = groupQuartiles(runs, groupsOfRun, fanout, groupCount);
      for (let g = 0; g < groupCount; g++) {
        const values = runs.flatMap((run, r) =>
          groupsOfRun.subarray(r * fanout, (r + 1) * fanout).includes(g) ? [...run] : [],
        );
        const sorted = Float64Array.from(values).sort();
        expect(n[g]).toBe(values.length);
        expect(quartiles[g]).toEqual(QUARTILE_PERCENTILES.map((p) => percentileCont(sorted, p)));
        QUARTILE_PERCENTILES.forEach((p, i) => expect(quartiles[g]![i]).toBe(naive(values, p)));
      }
    }
  });
});

describe.each(DRIVERS)("quartiles on %s", (driver) => {
  const db = suiteDatabase(driver);

  it.each([1, 2, 3])(
    "equal percentile_cont bit for bit on a random year (seed %i)",
    async (seed) => {
      const records = randomYear(seed, seed === 1 ? 40 : 1500);
      const stored = await db.storage.importRecords(records.map((r) => recordInput(r, "import")));
      expect(stored.kind).toBe("stored");
      const raw = await aggregateOf(db.storage, 2025);
      for (const stat of STAT_KEYS) {
        const expected = await percentileContByGroup(db, stat);
        const actual = quartilesOfGroups(raw, stat);
        expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [key, figures] of expected) {
          // toBe per value: Object.is, so even the last bit (and the sign of 0) must agree
          const got = actual.get(key)!;
          expect({ key, n: got.n }).toEqual({ key, n: figures.n });
          figures.q.forEach((q, i) => expect({ key, i, q: got.q[i] }).toEqual({ key, i, q }));
        }
      }
      const reference = referenceAggregate(records, 2025);
      const sorted = (r: RawAggregates) => ({
        groups: [...r.groups].sort((a, b) =>
          `${a.round}|${a.dimension}|${a.key}`.localeCompare(`${b.round}|${b.dimension}|${b.key}`),
        ),
        bands: [...r.bands].sort((a, b) =>
          `${a.round}|${a.stat}|${a.band}`.localeCompare(`${b.round}|${b.stat}|${b.band}`),
        ),
      });
      expect(sorted(raw)).toEqual(sorted(reference));
    },
  );
});
