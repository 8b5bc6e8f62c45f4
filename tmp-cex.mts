import { buildPublication } from "./dashboard/server/aggregation/build-publication";
import { referenceAggregate } from "./test/dashboard/support/reference-aggregate";
import { readFileSync } from "node:fs";
const records = JSON.parse(readFileSync("/tmp/exp/cex.json","utf8"));
const p = buildPublication(referenceAggregate(records, 2025), [1,2,3,4,5,6].map(round=>({round,capacity:80})));
const f = (x: any) => x.suppressed ? "X" : String(x.value);
for (const s of [...p.rounds, p.fiscalYearScope]) {
  const g = (fig: any) => `N=${f(fig.companies)} achA=${f(fig.achieved.A)} achB=${f(fig.achieved.B)} achC=${f(fig.achieved.C)} achD=${f(fig.achieved.D)} G=${f(fig.sums.projectedGrantYen)}`;
  console.log("scope", s.round, g(s.figures));
  for (const row of s.byIndustry) console.log("   ind", row.key, g(row.figures));
}
