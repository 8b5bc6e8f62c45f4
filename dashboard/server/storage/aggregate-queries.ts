import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  type ActionId,
  type Dimension,
  type QuartileFigure,
  type RawAggregates,
  type RawBandCount,
  type RawGroup,
  type StatKey,
  type SumFigure,
  type SumMeasure,
} from "../aggregation/raw-aggregates";
import { RATIO_THRESHOLDS, WAGE_GAP_THRESHOLDS } from "../aggregation/bands";
import type { SqlQueryable } from "./sql-client";

/** record_facts column per sum measure and per statistic (see migration 2). */
const SUM_COLUMNS: Record<SumMeasure, string> = {
  newFemaleManagers: "new_female_managers",
  newFemaleAllowanceRecipients: "new_female_allowance",
  categoriesTotal: "categories_total",
  categoriesBelow40: "categories_below40",
  projectedGrantYen: "projected_grant_yen",
};

const STAT_COLUMNS: Record<StatKey, string> = {
  managerRatioBefore: "manager_ratio_before",
  managerRatioAfter: "manager_ratio_after",
  wageGapAll: "wage_gap_all",
  wageGapRegular: "wage_gap_regular",
  wageGapNonRegular: "wage_gap_non_regular",
};

/** Column aliases (quoted: camelCase) are generated from the constants above, never from input. */
const GROUP_SQL = `
  SELECT
    round,
    size_band,
    industry,
    GROUPING(round, size_band, industry)::int AS grouping_bits,
    count(*)::int AS companies,
    ${ACTION_IDS.map(
      (a) => `count(*) FILTER (WHERE selected_${a.toLowerCase()})::int AS "selected_${a}",
    count(*) FILTER (WHERE achieved_${a.toLowerCase()})::int AS "achieved_${a}"`,
    ).join(",\n    ")},
    count(*) FILTER (WHERE training_complete)::int AS training_complete,
    ${SUM_MEASURES.map(
      (m) => `coalesce(sum(${SUM_COLUMNS[m]}), 0)::float8 AS "sum_${m}",
    count(*) FILTER (WHERE ${SUM_COLUMNS[m]} > 0)::int AS "contributors_${m}"`,
    ).join(",\n    ")},
    ${STAT_KEYS.map(
      (s) => `count(${STAT_COLUMNS[s]})::int AS "n_${s}",
    percentile_cont(ARRAY[0.25, 0.5, 0.75]::float8[])
      WITHIN GROUP (ORDER BY ${STAT_COLUMNS[s]}) AS "q_${s}"`,
    ).join(",\n    ")}
  FROM record_facts
  WHERE fiscal_year = $1
  GROUP BY GROUPING SETS (
    (round), (round, size_band), (round, industry), (), (size_band), (industry)
  )
`;

const BAND_SQL = `
  WITH banded AS (
    SELECT
      f.round,
      s.stat,
      width_bucket(s.v, CASE WHEN s.is_ratio THEN $2::float8[] ELSE $3::float8[] END) AS band
    FROM record_facts f
    CROSS JOIN LATERAL (VALUES
      ${STAT_KEYS.map(
        (s) => `('${s}', f.${STAT_COLUMNS[s]}, ${s.startsWith("managerRatio") ? "true" : "false"})`,
      ).join(",\n      ")}
    ) AS s (stat, v, is_ratio)
    WHERE f.fiscal_year = $1 AND s.v IS NOT NULL
  )
  SELECT round, stat, band, GROUPING(round)::int AS grouping_bits, count(*)::int AS companies
  FROM banded
  GROUP BY GROUPING SETS ((round, stat, band), (stat, band))
`;

type GroupRow = Record<string, unknown> & {
  round: number | null;
  size_band: string | null;
  industry: string | null;
  grouping_bits: number;
  companies: number;
};

interface BandRow {
  round: number | null;
  stat: string;
  band: number;
  grouping_bits: number;
  companies: number;
}

export async function queryAggregates(
  db: SqlQueryable,
  fiscalYear: number,
): Promise<RawAggregates> {
  const groupRows = await db.query<GroupRow>(GROUP_SQL, [fiscalYear]);
  const bandRows = await db.query<BandRow>(BAND_SQL, [
    fiscalYear,
    [...RATIO_THRESHOLDS],
    [...WAGE_GAP_THRESHOLDS],
  ]);
  return {
    fiscalYear,
    groups: groupRows.map(toGroup),
    bands: bandRows.map(toBandCount),
  };
}

/** GROUPING bits: 4 = round rolled up, 2 = size band rolled up, 1 = industry rolled up. */
function toGroup(row: GroupRow): RawGroup {
  const roundRolledUp = (row.grouping_bits & 4) !== 0;
  const dimension: Dimension =
    (row.grouping_bits & 2) === 0
      ? "sizeBand"
      : (row.grouping_bits & 1) === 0
        ? "industry"
        : "total";
  const key =
    dimension === "sizeBand"
      ? (row.size_band ?? "")
      : dimension === "industry"
        ? (row.industry ?? "")
        : "";
  const perAction = (prefix: string) =>
    Object.fromEntries(ACTION_IDS.map((a) => [a, toNumber(row[`${prefix}_${a}`])])) as Record<
      ActionId,
      number
    >;
  const sums = Object.fromEntries(
    SUM_MEASURES.map((m): [SumMeasure, SumFigure] => [
      m,
      { value: toNumber(row[`sum_${m}`]), contributors: toNumber(row[`contributors_${m}`]) },
    ]),
  ) as Record<SumMeasure, SumFigure>;
  const stats = Object.fromEntries(
    STAT_KEYS.map((s): [StatKey, QuartileFigure] => {
      const q = toQuartiles(row[`q_${s}`]);
      return [s, { n: toNumber(row[`n_${s}`]), q1: q[0], median: q[1], q3: q[2] }];
    }),
  ) as Record<StatKey, QuartileFigure>;
  return {
    round: roundRolledUp ? null : row.round,
    dimension,
    key,
    companies: row.companies,
    selected: perAction("selected"),
    achieved: perAction("achieved"),
    trainingComplete: toNumber(row.training_complete),
    sums,
    stats,
  };
}

function toBandCount(row: BandRow): RawBandCount {
  if (!(STAT_KEYS as readonly string[]).includes(row.stat)) {
    throw new Error(`unexpected statistic ${row.stat}`);
  }
  return {
    round: (row.grouping_bits & 1) !== 0 ? null : row.round,
    stat: row.stat as StatKey,
    band: row.band,
    companies: row.companies,
  };
}

function toNumber(value: unknown): number {
  const n = typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new Error(`not a number: ${String(value)}`);
  return n;
}

/** percentile_cont over an array gives float8[], or NULL when no record has a value. */
function toQuartiles(value: unknown): [number | null, number | null, number | null] {
  if (value === null || value === undefined) return [null, null, null];
  if (!Array.isArray(value) || value.length !== 3) throw new Error("unexpected quartiles");
  const [a, b, c] = value.map((v) => (v === null ? null : toNumber(v)));
  return [a ?? null, b ?? null, c ?? null];
}
