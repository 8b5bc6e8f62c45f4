import fc from "fast-check";
import type { Worker } from "../../../shared/roster/worker";
import { wageGap } from "../../../shared/rules/wage-gap";

/**
 * An independent exact oracle: each worker's weight is a reduced fraction (hours ÷ full time,
 * or 1); means are fractions; the gap is compared as tenths of a percent, half up.
 */
type Frac = { n: bigint; d: bigint };
const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};
const frac = (n: bigint, d: bigint): Frac => {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const add = (x: Frac, y: Frac): Frac => frac(x.n * y.d + y.n * x.d, x.d * y.d);

function expectedTenths(
  totalW: bigint,
  weightW: Frac,
  totalM: bigint,
  weightM: Frac,
): bigint | null {
  if (weightW.n === 0n || weightM.n === 0n || totalM === 0n) return null;
  // (totalW / weightW) / (totalM / weightM) × 1000
  const r = frac(totalW * weightW.d * weightM.n * 1000n, weightW.n * totalM * weightM.d);
  // half up: the smallest integer k with k ≥ r − ½, i.e. floor(r + ½)
  let k = r.n / r.d;
  if ((r.n - k * r.d) * 2n >= r.d) k += 1n;
  return k;
}

const hoursArb = fc.option(
  fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(7.5, 12.25, 37.5, 38.75)),
  { nil: undefined },
);
const workerArb: fc.Arbitrary<Worker> = fc.record({
  row: fc.nat(),
  employeeId: fc.string(),
  gender: fc.constantFrom("woman" as const, "man" as const),
  category: fc.constant("区分"),
  employmentType: fc.constantFrom("regular" as const, "nonRegular" as const, "dispatched" as const),
  grade: fc.constant("none" as const),
  positionAllowance: fc.constant(0),
  annualWage: fc.option(fc.integer({ min: 0, max: 30_000_000 }), { nil: undefined }),
  weeklyHours: hoursArb,
});

function oracle(workers: Worker[], fullTime: number | null) {
  const groups = { regular: [] as Worker[], nonRegular: [] as Worker[] };
  for (const w of workers) {
    if (w.employmentType === "dispatched" || w.annualWage === undefined) continue;
    groups[w.employmentType].push(w);
  }
  const weight = (w: Worker): Frac =>
    fullTime !== null &&
    w.employmentType === "nonRegular" &&
    w.weeklyHours !== undefined &&
    w.weeklyHours < fullTime
      ? frac(BigInt(Math.round(w.weeklyHours * 100)), BigInt(Math.round(fullTime * 100)))
      : frac(1n, 1n);
  const gap = (ws: Worker[]): bigint | null => {
    let tw = 0n;
    let tm = 0n;
    let ww = frac(0n, 1n);
    let wm = frac(0n, 1n);
    for (const w of ws) {
      if (w.gender === "woman") {
        tw += BigInt(w.annualWage!);
        ww = add(ww, weight(w));
      } else {
        tm += BigInt(w.annualWage!);
        wm = add(wm, weight(w));
      }
    }
    return expectedTenths(tw, ww, tm, wm);
  };
  return {
    regular: gap(groups.regular),
    nonRegular: gap(groups.nonRegular),
    all: gap([...groups.regular, ...groups.nonRegular]),
  };
}

const asTenths = (p: number | null): bigint | null =>
  p === null ? null : BigInt(Math.round(p * 10));

describe("wageGap against an exact rational oracle", () => {
  it("matches without conversion", () => {
    fc.assert(
      fc.property(fc.array(workerArb, { maxLength: 40 }), (workers) => {
        const r = wageGap(workers);
        const o = oracle(workers, null);
        expect(asTenths(r.regular.percent)).toBe(o.regular);
        expect(asTenths(r.nonRegular.percent)).toBe(o.nonRegular);
        expect(asTenths(r.all.percent)).toBe(o.all);
        // A figure has at most one decimal.
        for (const p of [r.regular.percent, r.nonRegular.percent, r.all.percent]) {
          if (p !== null) expect(Number((p * 10).toFixed(6)) % 1).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("matches with conversion at a given full-time week", () => {
    fc.assert(
      fc.property(
        fc.array(workerArb, { maxLength: 40 }),
        fc.constantFrom(40, 37.5, 32),
        (workers, fullTime) => {
          const r = wageGap(workers, { hoursConversion: true, fullTimeHours: fullTime });
          const o = oracle(workers, fullTime);
          expect(r.fullTimeHours).toBe(fullTime);
          expect(asTenths(r.regular.percent)).toBe(o.regular);
          expect(asTenths(r.nonRegular.percent)).toBe(o.nonRegular);
          expect(asTenths(r.all.percent)).toBe(o.all);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("hits exact half-way cases (women's mean × 1000 / men's mean ending in .5)", () => {
    // Women: 1 × (2k+1) yen; men: 1 × 2000 yen → (2k+1)/20 %, always x.x5 → rounds up.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (k) => {
        const w = (gender: "woman" | "man", wage: number): Worker => ({
          row: 2,
          employeeId: gender,
          gender,
          category: "c",
          employmentType: "regular",
          grade: "none",
          positionAllowance: 0,
          annualWage: wage,
        });
        const r = wageGap([w("woman", 2 * k + 1), w("man", 2000)]);
        expect(asTenths(r.regular.percent)).toBe(BigInt(k + 1));
      }),
    );
  });

  it("never throws, whatever the numbers", () => {
    const wild = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0.5, Number.MAX_VALUE),
    );
    const wildWorker = workerArb.chain((w) =>
      fc
        .record({
          annualWage: fc.option(wild, { nil: undefined }),
          weeklyHours: fc.option(wild, { nil: undefined }),
        })
        .map((extra) => ({ ...w, ...extra })),
    );
    fc.assert(
      fc.property(
        fc.array(wildWorker, { maxLength: 20 }),
        fc.boolean(),
        fc.option(wild, { nil: undefined }),
        (workers, hoursConversion, fullTimeHours) => {
          const r = wageGap(workers, { hoursConversion, fullTimeHours });
          for (const g of [r.regular, r.nonRegular, r.all]) {
            if (g.percent === null) expect(g.reason).toBeDefined();
            else expect(Number.isFinite(g.percent)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
