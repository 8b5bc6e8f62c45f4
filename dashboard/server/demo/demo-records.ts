import {
  STATS_SCHEMA_VERSION,
  type IndustryCode,
  type SizeBand,
  type StatsRecord,
} from "../../../shared/stats/record-schema";
import { pickWeighted, randomInt, seededRandom, seededUuid } from "./prng";

/**
 * Plausible, clearly fictitious records for fiscal 2025: large early rounds, a thin fifth round
 * and a sixth round of two companies, so that the dashboard shows primary AND secondary
 * suppression out of the box. Deterministic: the same seed gives the same records.
 */
export const DEMO_ROUND_SIZES: readonly number[] = [64, 51, 40, 31, 7, 2];

const SIZE_BANDS: readonly (readonly [SizeBand, number])[] = [
  ["1-29", 45],
  ["30-99", 35],
  ["100-300", 20],
];

/** Manufacturing, retail, IT and services dominate Tokyo SMEs; mining and the like are rare. */
const INDUSTRIES: readonly (readonly [IndustryCode | null, number])[] = [
  ["E", 16],
  ["I", 14],
  ["G", 12],
  ["D", 9],
  ["P", 9],
  ["L", 8],
  ["R", 7],
  ["K", 5],
  ["H", 5],
  ["M", 4],
  ["N", 4],
  ["J", 2],
  ["O", 2],
  ["F", 1],
  ["B", 1],
  [null, 3],
];

const EMPLOYEES: Record<SizeBand, readonly [number, number]> = {
  "1-29": [6, 29],
  "30-99": [30, 99],
  "100-300": [100, 300],
};

export function demoRecords(fiscalYear = 2025, seed = 2025_0401): StatsRecord[] {
  const random = seededRandom(seed);
  const records: StatsRecord[] = [];
  DEMO_ROUND_SIZES.forEach((size, index) => {
    for (let i = 0; i < size; i++) records.push(demoRecord(random, fiscalYear, index + 1));
  });
  return records;
}

function split(random: () => number, total: number, womenShare: number) {
  const women = Math.round(total * womenShare * (0.8 + random() * 0.4));
  const w = Math.min(total, Math.max(0, women));
  return { women: w, men: total - w };
}

function demoRecord(random: () => number, fiscalYear: number, round: number): StatsRecord {
  const submissionId = seededUuid(random);
  const sizeBand = pickWeighted(random, SIZE_BANDS);
  const industry = pickWeighted(random, INDUSTRIES);
  const [minEmployees, maxEmployees] = EMPLOYEES[sizeBand];
  const employees = randomInt(random, minEmployees, maxEmployees);
  const womenShare = 0.25 + random() * 0.35;
  const regularTotal = Math.round(employees * (0.6 + random() * 0.25));
  const regular = split(random, regularTotal, womenShare * 0.85);
  const nonRegular = split(random, employees - regularTotal, Math.min(0.95, womenShare * 1.4));
  const all = { women: regular.women + nonRegular.women, men: regular.men + nonRegular.men };

  const noManagers = sizeBand === "1-29" && random() < 0.15;
  const managerTotal = noManagers
    ? 0
    : Math.max(1, Math.round(employees * (0.06 + random() * 0.06)));
  const womenManagers =
    managerTotal === 0 || random() < 0.45
      ? 0
      : randomInt(random, 1, Math.max(1, Math.floor(managerTotal * 0.3)));
  const managersBefore = { women: womenManagers, men: managerTotal - womenManagers };

  const selected = { A: random() < 0.6, B: random() < 0.4, C: random() < 0.3, D: random() < 0.2 };
  if (!selected.A && !selected.B && !selected.C) selected.A = true;
  const achieved = {
    A: selected.A && random() < 0.85,
    B: selected.B && random() < 0.8,
    C: selected.C && random() < 0.75,
    D: selected.D && random() < 0.8,
  };

  const managersAfter = achieved.A
    ? { women: managersBefore.women + (random() < 0.2 ? 2 : 1), men: managersBefore.men }
    : managersBefore.women > 0 && random() < 0.1
      ? { women: managersBefore.women - 1, men: managersBefore.men + 1 }
      : { ...managersBefore };
  const allowanceBefore = { women: randomInt(random, 0, 3), men: randomInt(random, 1, 6) };
  const allowanceAfter = achieved.B
    ? { women: allowanceBefore.women + randomInt(random, 1, 2), men: allowanceBefore.men }
    : { ...allowanceBefore };
  const retirementBefore = { women: 0, men: 0 };
  const retirementAfter = achieved.D
    ? { women: randomInt(random, 1, 3), men: randomInt(random, 0, 2) }
    : retirementBefore;

  const categoriesTotal = randomInt(random, 1, 5);
  const categoriesBelow40 = randomInt(random, 1, categoriesTotal);
  const oneDecimal = (min: number, max: number) =>
    Math.round((min + random() * (max - min)) * 10) / 10;
  const hasNonRegularBothSexes = nonRegular.women > 0 && nonRegular.men > 0;

  const trainingComplete = random() < 0.92;
  const trained = trainingComplete ? employees : Math.max(0, employees - randomInt(random, 1, 3));
  const achievedAC = [achieved.A, achieved.B, achieved.C].filter(Boolean).length;
  const grant = !trainingComplete
    ? 0
    : Math.min(1_000_000, achievedAC * 300_000 + (achieved.D && achievedAC > 0 ? 100_000 : 0));

  const snapshot = (
    managers: typeof managersBefore,
    allowance: typeof allowanceBefore,
    retirement: typeof retirementBefore,
  ) => ({
    employees: all,
    regular,
    nonRegular,
    managers,
    allowanceRecipients: allowance,
    nonRegularRetirementCovered: retirement,
  });

  return {
    schemaVersion: STATS_SCHEMA_VERSION,
    submissionId,
    fiscalYear,
    round,
    sizeBand,
    industry,
    actions: { selected, achieved },
    counts: {
      application: snapshot(managersBefore, allowanceBefore, retirementBefore),
      report: snapshot(managersAfter, allowanceAfter, retirementAfter),
    },
    categories: { total: categoriesTotal, below40: categoriesBelow40 },
    wageGap: {
      all: all.women > 0 && all.men > 0 ? oneDecimal(55, 95) : null,
      regular: regular.women > 0 && regular.men > 0 ? oneDecimal(60, 98) : null,
      nonRegular: hasNonRegularBothSexes ? oneDecimal(50, 110) : null,
    },
    training: { trained, total: employees, complete: trainingComplete },
    projectedGrantYen: grant,
  };
}
