import fc from "fast-check";
import { buildPublication } from "./dashboard/server/aggregation/build-publication";
import { attack } from "./test/dashboard/support/attacker";
import { makeRecord } from "./test/dashboard/support/records";
import { referenceAggregate } from "./test/dashboard/support/reference-aggregate";
import { writeFileSync } from "node:fs";
const ROUNDS = [1, 2, 3, 4, 5, 6].map((round) => ({ round, capacity: 80 }));
const recordArb = fc.record({
  round: fc.integer({ min: 1, max: 6 }),
  sizeBand: fc.constantFrom("1-29", "30-99", "100-300"),
  industry: fc.constantFrom("E", "G", "I", "P", null),
  a: fc.boolean(), achieveA: fc.boolean(), d: fc.boolean(), achieveD: fc.boolean(), complete: fc.boolean(),
  newManagers: fc.integer({ min: 0, max: 2 }), gap: fc.integer({ min: 400, max: 1100 }),
}).map((x: any) => makeRecord((r) => {
  r.round = x.round; r.sizeBand = x.sizeBand; r.industry = x.industry;
  r.actions.selected = { A: true, B: !x.a, C: false, D: x.d };
  r.actions.achieved = { A: x.achieveA, B: false, C: false, D: x.d && x.achieveD };
  r.counts.report.managers.women = r.counts.application.managers.women + x.newManagers;
  r.training.complete = x.complete; r.wageGap.all = x.gap / 10;
  const ac = Number(x.achieveA);
  r.projectedGrantYen = x.complete ? ac * 300_000 + (ac > 0 && x.d && x.achieveD ? 100_000 : 0) : 0;
}));
const out = fc.check(fc.property(fc.array(recordArb, { minLength: 1, maxLength: Number(process.env.MAXLEN ?? 60) }), (records) => {
  const a = attack(buildPublication(referenceAggregate(records, 2025), ROUNDS));
  return a.recovered.size === 0;
}), { numRuns: 400, seed: Number(process.env.SEED ?? 42) });
process.stderr.write(`failed=${out.failed} runs=${out.numRuns}\n`);
if (out.failed) {
  const records = out.counterexample![0];
  writeFileSync("/tmp/exp/cex.json", JSON.stringify(records));
  const a = attack(buildPublication(referenceAggregate(records, 2025), ROUNDS));
  process.stderr.write(`n=${records.length} recovered=${JSON.stringify([...a.recovered.keys()])}\n`);
}
