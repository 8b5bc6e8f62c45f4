import fc from "fast-check";
import { buildPublication } from "../../../dashboard/server/aggregation/build-publication";
import type {
  Publication,
  ScopePublication,
} from "../../../dashboard/server/aggregation/publication";
import type { IndustryCode, SizeBand, StatsRecord } from "../../../shared/stats/record-schema";
import { makeRecord } from "../support/records";
import { referenceAggregate } from "../support/reference-aggregate";

/**
 * The quantile attack from the outside, written apart from the server's rules: a reader holds
 * every release of a year and puts any two published quartile blocks side by side (the same
 * group in two releases, a round inside the year, a breakdown inside its total, in one release
 * or two). Wherever both show their own companies' quartiles and those companies differ by 1–2
 * (known here from the records themselves), different quartiles describe those 1–2 companies.
 * Property: random years grown release by release (records only added), no such pair.
 */
const ROUNDS = [1, 2, 3].map((round) => ({ round, capacity: 80 }));
const STAT = "wageGapAll";

interface Block {
  release: number;
  round: number | null;
  dimension: "total" | "sizeBand" | "industry";
  key: string;
  members: Set<string>;
  shown: (number | null)[];
  own: number[];
}

/** percentile_cont, whole percent half up, as published (computed here independently). */
function ownQuartiles(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  return [0.25, 0.5, 0.75].map((p) => {
    const position = p * (sorted.length - 1);
    const lo = Math.floor(position);
    const hi = Math.ceil(position);
    const v = sorted[lo]! + (position - lo) * (sorted[hi]! - sorted[lo]!);
    return Math.round(v + 1e-9);
  });
}

function blocksOf(release: number, pub: Publication, records: readonly StatsRecord[]): Block[] {
  const out: Block[] = [];
  const add = (scope: ScopePublication, dimension: Block["dimension"], key: string) => {
    const figures =
      dimension === "total"
        ? scope.figures
        : (dimension === "sizeBand" ? scope.bySizeBand : scope.byIndustry).find(
            (r) => r.key === key,
          )!.figures;
    const q = figures.stats[STAT];
    if (q.median.suppressed || q.median.value === null) return;
    const members = records.filter(
      (r) =>
        r.wageGap.all !== null &&
        (scope.round === null || r.round === scope.round) &&
        (dimension === "total" || (dimension === "sizeBand" ? r.sizeBand : r.industry) === key),
    );
    out.push({
      release,
      round: scope.round,
      dimension,
      key,
      members: new Set(members.map((r) => r.submissionId)),
      shown: [q.q1.value, q.median.value, q.q3.value],
      own: ownQuartiles(members.map((r) => r.wageGap.all!)),
    });
  };
  for (const scope of [pub.fiscalYearScope, ...pub.rounds]) {
    add(scope, "total", "");
    for (const row of scope.bySizeBand) add(scope, "sizeBand", row.key);
    for (const row of scope.byIndustry) add(scope, "industry", row.key);
  }
  return out;
}

const differBy = (a: Set<string>, b: Set<string>) =>
  [...a].filter((x) => !b.has(x)).length + [...b].filter((x) => !a.has(x)).length;

const SIZES: SizeBand[] = ["1-29", "30-99"];
const INDUSTRIES: IndustryCode[] = ["E", "G"];

describe("no two published quartile blocks differ by 1–2 companies", () => {
  it("property: random years, two or three releases, only additions", () => {
    // Skewed, so that groups inside groups are often only 1–2 companies apart.
    const mostly = <T>(common: T, rare: T[]) =>
      fc.oneof({ weight: 8, arbitrary: fc.constant(common) }, fc.constantFrom(...rare));
    const company = fc.record({
      round: mostly(1, [2, 3]),
      size: mostly(0, [1]),
      industry: mostly(0, [1]),
      gap: fc.option(fc.integer({ min: 400, max: 999 }), { freq: 8 }),
    });
    fc.assert(
      fc.property(
        fc.array(company, { minLength: 14, maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }),
        (companies, steps) => {
          const records = companies.map((c) =>
            makeRecord((r) => {
              r.round = c.round;
              r.sizeBand = SIZES[c.size]!;
              r.industry = INDUSTRIES[c.industry]!;
              r.wageGap.all = c.gap === null ? null : c.gap / 10;
            }),
          );
          // Release 1 holds all but the last few records; each later one adds `step` more.
          const added = steps.reduce((s, k) => s + k, 0);
          const cuts = [records.length - added];
          for (const k of steps) cuts.push(cuts[cuts.length - 1]! + k);
          const releases: {
            raw: ReturnType<typeof referenceAggregate>;
            publication: Publication;
            round: null;
            fiscalYear: number;
          }[] = [];
          const blocks: Block[] = [];
          cuts.forEach((cut, i) => {
            const raw = referenceAggregate(records.slice(0, cut), 2025);
            const publication = buildPublication(raw, ROUNDS, { earlier: [...releases] });
            releases.push({ raw, publication, round: null, fiscalYear: 2025 });
            blocks.push(...blocksOf(i, publication, records.slice(0, cut)));
          });
          const own = blocks.filter((b) => b.shown.every((v, i) => v === b.own[i]));
          const close: string[] = [];
          own.forEach((a, i) => {
            for (const b of own.slice(i + 1)) {
              const d = differBy(a.members, b.members);
              if (d >= 1 && d <= 2 && a.shown.some((v, k) => v !== b.shown[k])) {
                close.push(
                  `#${a.release} ${a.round}/${a.key} vs #${b.release} ${b.round}/${b.key}`,
                );
              }
            }
          });
          expect(close).toEqual([]);
        },
      ),
      { numRuns: 40, seed: 1414 },
    );
  });
});
