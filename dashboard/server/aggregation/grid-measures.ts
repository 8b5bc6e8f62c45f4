import type { Cell } from "../disclosure/linear-system";
import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  type RawGroup,
  type StatKey,
  type SumMeasure,
} from "./raw-aggregates";

/** The grant is published in yen but reasoned about in its unit, ¥100,000 (p.2). */
export const GRANT_UNIT_YEN = 100_000;

export type CellFacts = Pick<
  Cell,
  "value" | "contributors" | "complements" | "largest" | "fixed" | "bound"
>;

/** An additive figure published for every group of the grid. */
export interface GridMeasure {
  id: string;
  facts(group: RawGroup): CellFacts;
}

/** A count of companies of group `g`: at most the group's (public) number of companies. */
const count = (g: RawGroup, value: number, complements: number[]): CellFacts => ({
  value,
  contributors: value,
  complements,
  bound: g.companies,
});

/**
 * Numbers of companies are public: the foundation publishes its quotas and how many companies
 * took part, and a count of businesses by size and industry is a register figure, not a figure
 * of any company's values (business statistics publish them down to 1). Protected are the
 * figures computed from companies' values; the group sizes published here make those easier to
 * protect, not harder to attack (the audit assumes the attacker holds them).
 */
export const companiesMeasure: GridMeasure = {
  id: "companies",
  facts: (g) => ({
    value: g.companies,
    contributors: g.companies,
    complements: [],
    fixed: true,
  }),
};

export const selectedMeasures: GridMeasure[] = ACTION_IDS.map((a) => ({
  id: `selected.${a}`,
  // "N − selected" companies did not choose the action
  facts: (g) => count(g, g.selected[a], [g.companies - g.selected[a]]),
}));

export const achievedMeasures: GridMeasure[] = ACTION_IDS.map((a) => ({
  id: `achieved.${a}`,
  // companies that did not achieve it, and companies that chose it but did not achieve it
  facts: (g) =>
    count(g, g.achieved[a], [g.companies - g.achieved[a], g.selected[a] - g.achieved[a]]),
}));

export const trainingCompleteMeasure: GridMeasure = {
  id: "trainingComplete",
  facts: (g) => count(g, g.trainingComplete, [g.companies - g.trainingComplete]),
};

export function sumMeasure(measure: SumMeasure): GridMeasure {
  return {
    id: `sums.${measure}`,
    facts: (g) => {
      const unit = measure === "projectedGrantYen" ? GRANT_UNIT_YEN : 1;
      return {
        value: g.sums[measure].value / unit,
        contributors: g.sums[measure].contributors,
        complements: [],
        largest: g.sums[measure].largest.map((v) => v / unit),
      };
    },
  };
}

export const sumMeasures: GridMeasure[] = SUM_MEASURES.map(sumMeasure);

/** Companies with a value of the statistic (a company without managers has no ratio). */
export function statCountMeasure(stat: StatKey): GridMeasure {
  return {
    id: `n.${stat}`,
    facts: (g) => count(g, g.stats[stat].n, [g.companies - g.stats[stat].n]),
  };
}

export const statCountMeasures: GridMeasure[] = STAT_KEYS.map(statCountMeasure);

export function bandMeasureId(stat: StatKey, band: number): string {
  return `band.${stat}.${band}`;
}
