import fc from "fast-check";
import { buildPublication } from "../../../dashboard/server/aggregation/build-publication";
import { auditReleases } from "../../../dashboard/server/disclosure/audit/audit";
import {
  auditSolverReady,
  loadedSolver,
  objectiveRanges,
} from "../../../dashboard/server/disclosure/audit/solver";
import {
  checkRelease,
  type ReleaseTables,
} from "../../../dashboard/server/disclosure/check-release";
import { protectIntervals } from "../../../dashboard/server/disclosure/interval-protection";
import { demoRecords } from "../../../dashboard/server/demo/demo-records";
import type { IndustryCode, SizeBand, StatsRecord } from "../../../shared/stats/record-schema";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";

const ROUNDS = [1, 2, 3, 4, 5, 6].map((round) => ({ round, capacity: round === 1 ? 100 : 80 }));

beforeAll(() => auditSolverReady);

const tables = (
  records: StatsRecord[],
  earlier: ReleaseTables[] | undefined,
  round: number | null = null,
): ReleaseTables => {
  const raw = referenceAggregate(records, 2025);
  return {
    fiscalYear: 2025,
    round,
    raw,
    publication: protectIntervals(raw, ROUNDS, earlier ? { earlier } : {}, loadedSolver()!)
      .publication,
  };
};

const varied = (count: number, seed = 0) =>
  Array.from({ length: count }, (_, i) =>
    makeRecord((r) => {
      const k = i + seed;
      r.round = 1 + (k % 3);
      r.sizeBand = (["1-29", "30-99"] as SizeBand[])[k % 2]!;
      r.industry = (["E", "G", "I"] as IndustryCode[])[k % 3]!;
      r.actions.selected = { A: true, B: k % 3 === 0, C: false, D: false };
      r.actions.achieved = { A: k % 4 !== 0, B: false, C: false, D: false };
      r.projectedGrantYen = k % 4 !== 0 ? 300_000 : 0;
      r.categories = { total: 3 + (k % 4), below40: 1 + (k % 2) };
    }),
  );

describe("the solver (HiGHS) gives the attacker's intervals", () => {
  it("x + y = 5, x ≤ 3: x in [0, 3], y in [2, 5], x − y in [−5, 1]", () => {
    const ranges = objectiveRanges(
      loadedSolver()!,
      {
        constraints: [
          {
            terms: new Map([
              ["x", 1],
              ["y", 1],
            ]),
            sense: "=",
            rhs: 5,
          },
        ],
        bounds: new Map([
          ["x", { lower: 0, upper: 3 }],
          ["y", { lower: 0, upper: Infinity }],
        ]),
      },
      [
        new Map([["x", 1]]),
        new Map([["y", 1]]),
        new Map([
          ["x", 1],
          ["y", -1],
        ]),
      ],
    );
    expect(ranges.map(([a, b]) => [Math.round(a * 1e6) / 1e6, Math.round(b * 1e6) / 1e6])).toEqual([
      [0, 3],
      [2, 5],
      [-5, 1],
    ]);
  });
});

describe("the solver stops widening a range once it is wide enough", () => {
  // x + y = 5, 0 ≤ x ≤ 3, y ≥ 0. Solving for x ends at (0, 5) and (3, 2): y is seen at 2 and 5.
  const program = {
    constraints: [
      {
        terms: new Map([
          ["x", 1],
          ["y", 1],
        ]),
        sense: "=" as const,
        rhs: 5,
      },
    ],
    bounds: new Map([
      ["x", { lower: 0, upper: 3 }],
      ["y", { lower: 0, upper: Infinity }],
    ]),
  };
  const objectives = [
    new Map([["x", 1]]),
    new Map([["y", 1]]),
    new Map([
      ["x", 1],
      ["y", -1],
    ]),
  ];
  /** The ranges, and how many times the solver ran. */
  const solve = (enough?: number[]) => {
    const highs = loadedSolver()!;
    const create = highs.createModel.bind(highs);
    let runs = 0;
    const spy = jest.spyOn(highs, "createModel").mockImplementation((source) => {
      const model = create(source);
      const run = model.run.bind(model);
      model.run = (callbacks) => {
        runs++;
        return run(callbacks);
      };
      return model;
    });
    try {
      const ranges = objectiveRanges(highs, program, objectives, enough);
      return { ranges: ranges.map(([a, b]): [number, number] => [round6(a), round6(b)]), runs };
    } finally {
      spy.mockRestore();
    }
  };
  const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
  const exact = [
    [0, 3],
    [2, 5],
    [-5, 1],
  ];

  it("without `enough`, solves every objective both ways", () => {
    expect(solve()).toEqual({ ranges: exact, runs: 6 });
  });

  it("answers y from the points found for x when they span enough (3 ≥ 1): two solves fewer", () => {
    expect(solve([Infinity, 1, Infinity])).toEqual({ ranges: exact, runs: 4 });
  });

  it("solves y when what was seen is narrower than asked (3 < 3.5)", () => {
    expect(solve([Infinity, 3.5, Infinity])).toEqual({ ranges: exact, runs: 6 });
  });

  it("a range answered early lies inside the exact one and is at least as wide as asked", () => {
    // x − y is seen at −5 and 1 (from x's points) and y's: wide enough for 2, so never solved.
    const { ranges, runs } = solve([Infinity, Infinity, 2]);
    expect(runs).toBe(4);
    const [lower, upper] = ranges[2]!;
    expect(lower).toBeGreaterThanOrEqual(-5);
    expect(upper).toBeLessThanOrEqual(1);
    expect(upper - lower).toBeGreaterThanOrEqual(2);
  });
});

describe("a program starts from the basis a similar one ended with", () => {
  const x = (n: number) => `x${n}`;
  /** Σ x = total over the first `n` cells, each in [0, upper]; keyed constraints. */
  const program = (n: number) => ({
    constraints: [
      {
        key: "sum",
        terms: new Map(Array.from({ length: n }, (_, i) => [x(i), 1] as const)),
        sense: "=" as const,
        rhs: 10,
      },
      ...Array.from({ length: n - 1 }, (_, i) => ({
        key: `pair ${i}`,
        terms: new Map([
          [x(i), 1],
          [x(i + 1), -1],
        ]),
        sense: ">=" as const,
        rhs: -3,
      })),
    ],
    bounds: new Map(Array.from({ length: n }, (_, i) => [x(i), { lower: 0, upper: 6 }] as const)),
  });
  const objectives = (n: number) => Array.from({ length: n }, (_, i) => new Map([[x(i), 1]]));
  const round6 = (ranges: [number, number][]) =>
    ranges.map(([a, b]) => [Math.round(a * 1e6) / 1e6, Math.round(b * 1e6) / 1e6]);

  it("leaves one status per variable and constraint, as many basic as constraints", () => {
    const kept = new Map<string, number>();
    const bases = {
      get: (kind: string, name: string) => kept.get(`${kind} ${name}`),
      set: (kind: string, name: string, status: number) => kept.set(`${kind} ${name}`, status),
    };
    objectiveRanges(loadedSolver()!, program(4), objectives(4), undefined, bases);
    expect([...kept.keys()].sort()).toEqual(
      ["column x0", "column x1", "column x2", "column x3", "row pair 0", "row pair 1"]
        .concat(["row pair 2", "row sum"])
        .sort(),
    );
    expect([...kept.values()].filter((s) => s === 1)).toHaveLength(4);
  });

  it("gives the same ranges from it, for the same program and for one grown by a variable", () => {
    const highs = loadedSolver()!;
    for (const n of [4, 5]) {
      const kept = new Map<string, number>();
      const bases = {
        get: (kind: string, name: string) => kept.get(`${kind} ${name}`),
        set: (kind: string, name: string, status: number) => kept.set(`${kind} ${name}`, status),
      };
      objectiveRanges(highs, program(4), objectives(4), undefined, bases);
      const fresh = objectiveRanges(highs, program(n), objectives(n));
      const started = objectiveRanges(highs, program(n), objectives(n), undefined, bases);
      expect(round6(started)).toEqual(round6(fresh));
    }
  });
});

describe("the audit", () => {
  it("finds no protected figure of the demo year pinned to a value, and finds them without secondary suppression", () => {
    const raw = referenceAggregate(demoRecords(), 2025);
    const audit = (secondary: boolean) =>
      auditReleases(
        [
          {
            fiscalYear: 2025,
            round: null,
            raw,
            publication: buildPublication(raw, ROUNDS, { secondary }),
          },
        ],
        loadedSolver()!,
      );
    const safe = audit(true);
    expect(safe.length).toBeGreaterThan(100);
    expect(safe.filter((f) => f.disclosed).map((f) => f.label)).toEqual([]);
    // Every interval contains the true value.
    expect(safe.filter((f) => f.value < f.lower - 1e-6 || f.value > f.upper + 1e-6)).toEqual([]);
    // With the protection-interval loop, none is even narrower than its protection interval
    // (37 were with the first suppression alone).
    expect(safe.filter((f) => f.pinned).length).toBeGreaterThan(0);
    const widened = protectIntervals(raw, ROUNDS, {}, loadedSolver()!);
    expect(widened.figures.filter((f) => f.pinned).map((f) => f.label)).toEqual([]);
    const primaryOnly = audit(false);
    expect(primaryOnly.filter((f) => f.disclosed).length).toBeGreaterThan(10);
  });

  it("refuses a release built without the earlier one (one company apart), in Japanese first", () => {
    const base = varied(40);
    const first = tables(base, []);
    const next = [...base, makeRecord((r) => (r.projectedGrantYen = 900_000))];
    const careless = checkRelease([first], tables(next, undefined));
    expect(careless.ok).toBe(false);
    if (careless.ok) return;
    expect(careless.reasonsJa[0]).toMatch(/1〜2社/);
    expect(careless.reasonsEn[0]).toMatch(/one or two companies/);
    expect(careless.reasonsJa.some((r) => r.includes("#1→#2"))).toBe(true);
    // The admin who reads the refusal sees no record: a reason gives how narrow, never where.
    const named = careless.reasonsEn.filter((r) => r.includes("narrowed to ±"));
    expect(named.length).toBeGreaterThan(0);
    expect([...careless.reasonsJa, ...careless.reasonsEn].filter((r) => r.includes("…"))).toEqual(
      [],
    );
    const careful = checkRelease([first], tables(next, [first]));
    expect(careful).toMatchObject({ ok: true });
    expect(careful.audit.cellsChecked).toBeGreaterThan(0);
  });

  it("refuses while the solver has not loaded? No: it is loaded here, and a release of one year ignores others", () => {
    const other = { ...tables(varied(30, 1), []), fiscalYear: 2024 };
    const next = tables(varied(30), []);
    expect(checkRelease([other], next).ok).toBe(true);
  });
});

describe("dominance rule (n = 2, k = 85 %)", () => {
  it("hides a grant total that one company dominates, though 5 companies contribute", () => {
    const records = [
      ...varied(20).map((r) => ({ ...r, round: 1 })),
      ...Array.from({ length: 5 }, (_, i) =>
        makeRecord((r) => {
          r.round = 2;
          r.projectedGrantYen = i === 0 ? 5_000_000 : 300_000;
        }),
      ),
    ];
    const round2 = buildPublication(referenceAggregate(records, 2025), ROUNDS).rounds[1]!;
    // 5.0 M + 0.3 M of 6.2 M = 85.5 % > 85 %
    expect(round2.figures.sums.projectedGrantYen).toEqual({ value: null, suppressed: true });
    expect(round2.figures.sums.categoriesTotal.suppressed).toBe(false);
  });
});

describe("a figure the greedy step cannot widen (property seed -11361014)", () => {
  // Round 1 of 6 companies: 5 in industry E achieved nothing (their grant, a published 0, says
  // so through the grant formula), 1 in industry I achieved A. achieved.A of the round is that
  // one company's count, and the attacker pinned it to [0, 1] (I has 1 company) where ±0.6 is
  // needed. Hiding E's achieved A alone does not help while E's grant 0 is shown; the greedy
  // step saw no room in a magnitude of 0 and stopped, so the release was refused.
  const records = Array.from({ length: 6 }, (_, i) =>
    makeRecord((r) => {
      const achieves = i === 5;
      r.round = 1;
      r.sizeBand = "1-29";
      r.industry = achieves ? "I" : "E";
      r.actions.selected = { A: true, B: false, C: false, D: false };
      r.actions.achieved = { A: achieves, B: false, C: false, D: false };
      r.projectedGrantYen = achieves ? 300_000 : 0;
      r.categories = { total: 1, below40: 0 };
    }),
  );

  it("is widened to its protection interval and released", () => {
    const release = tables(records, []);
    const check = checkRelease([], release);
    expect(check.ok ? [] : check.reasonsEn).toEqual([]);
    const total = auditReleases([release], loadedSolver()!).find(
      (f) => f.label === "#1 achieved.A@r1/total/",
    );
    expect(total).toBeDefined();
    expect(total!.upper - total!.lower).toBeGreaterThanOrEqual(2 * 0.6);
    // What pinned it: industry E's grant of 0, now hidden with E's achieved counts.
    const round1 = release.publication.rounds[0]!;
    const e = round1.byIndustry.find((g) => g.key === "E")!.figures;
    expect(e.sums.projectedGrantYen.suppressed).toBe(true);
    expect(e.achieved.A.suppressed).toBe(true);
  });

  it("hides the fewest cells that widen it, all in one round", () => {
    // By hand: I (1 company) cannot move achieved A by 1.2, so E's must; the grant formula ties
    // it to E's grant; the year is round 1 (no other round has companies), so both scopes.
    const raw = referenceAggregate(records, 2025);
    const widened = protectIntervals(raw, ROUNDS, {}, loadedSolver()!);
    expect([...widened.added].sort()).toEqual([
      "achieved.A@FY/industry/E",
      "achieved.A@r1/industry/E",
      "sums.projectedGrantYen@FY/industry/E",
      "sums.projectedGrantYen@r1/industry/E",
    ]);
    expect(widened.rounds).toBe(2);
  });
});

describe("property: random years and random sequences of submissions and releases", () => {
  const recordArb = fc
    .record({
      round: fc.integer({ min: 1, max: 3 }),
      sizeBand: fc.constantFrom<SizeBand>("1-29", "30-99", "100-300"),
      industry: fc.constantFrom<IndustryCode>("E", "G", "I"),
      b: fc.boolean(),
      achieveA: fc.boolean(),
      grant: fc.integer({ min: 0, max: 9 }),
      categories: fc.integer({ min: 1, max: 8 }),
    })
    .map((x) =>
      makeRecord((r) => {
        r.round = x.round;
        r.sizeBand = x.sizeBand;
        r.industry = x.industry;
        r.actions.selected = { A: true, B: x.b, C: false, D: false };
        r.actions.achieved = { A: x.achieveA, B: false, C: false, D: false };
        r.projectedGrantYen = x.achieveA ? 300_000 : 0;
        r.categories = { total: x.categories, below40: Math.min(x.categories, x.grant) };
      }),
    );

  it("every release built knowing the earlier ones passes the audit: every protection interval holds", () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { minLength: 3, maxLength: 25 }),
        fc.array(fc.integer({ min: 1, max: 25 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom<number | null>(null, 1, 2), { minLength: 3, maxLength: 3 }),
        (records, cuts, scopes) => {
          const points = [...new Set(cuts.map((c) => Math.min(c, records.length)))].sort(
            (a, b) => a - b,
          );
          const releases: ReleaseTables[] = [];
          points.forEach((point, i) => {
            const next = tables(records.slice(0, point), releases, scopes[i] ?? null);
            const check = checkRelease(releases, next);
            expect(check.ok ? [] : check.reasonsEn).toEqual([]);
            // The protection interval itself, straight from the attacker's LP: every protected
            // figure of EVERY release so far is at least ±10 points / ±20 % wide (not only "not
            // determined"), and contains its true value. Earlier releases' figures too: the new
            // one must not give them away (red team, session 10).
            const narrow = auditReleases([...releases, next], loadedSolver()!)
              .filter(
                (f) =>
                  f.upper - f.lower < 2 * f.required - 1e-6 ||
                  f.value < f.lower - 1e-6 ||
                  f.value > f.upper + 1e-6,
              )
              .map((f) => `${f.label} [${f.lower}, ${f.upper}] ±${f.required}`);
            expect(narrow).toEqual([]);
            releases.push(next);
          });
        },
      ),
      // checkRelease refuses any figure narrower than its protection interval, so `ok` is the
      // property. A fixed seed keeps CI deterministic; AUDIT_PROPERTY_SEED runs another. With the
      // greedy step alone about one seed in ten found a release it could not widen (seed
      // -11361014, now its own test above); with the cells chosen by LP (widening.ts) seeds
      // 1001–1030, 2001–2030 and -11361014 pass (docs/privacy-sdc.md, "What is not promised").
      { numRuns: 8, seed: Number(process.env.AUDIT_PROPERTY_SEED ?? 42) },
    );
  });
});
