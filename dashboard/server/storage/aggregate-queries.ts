import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  type ActionId,
  type RawAggregates,
  type StatKey,
  type SumFigure,
  type SumMeasure,
} from "../aggregation/raw-aggregates";
import { rollUp, type CellAggregate } from "../aggregation/roll-up";
import type { SUM_FACTS, VALUE_FACTS } from "./cell-chunk-columns";
import { FACTS } from "./migration-stored-facts";
import type { SqlQueryable } from "./sql-client";

/** record_facts column per sum measure and per statistic (migration 3), as chunked (migration 4). */
const SUM_COLUMNS: Record<SumMeasure, (typeof SUM_FACTS)[number]> = {
  newFemaleManagers: "new_female_managers",
  newFemaleAllowanceRecipients: "new_female_allowance",
  categoriesTotal: "categories_total",
  categoriesBelow40: "categories_below40",
  projectedGrantYen: "projected_grant_yen",
};

/** The facts the largest parts need: the cell key and the five sums (migration 3's expressions). */
const TOP_FACTS = FACTS.filter(([column]) =>
  ["size_band", "industry", ...Object.values(SUM_COLUMNS)].includes(column),
);

const STAT_COLUMNS: Record<StatKey, (typeof VALUE_FACTS)[number]> = {
  managerRatioBefore: "manager_ratio_before",
  managerRatioAfter: "manager_ratio_after",
  wageGapAll: "wage_gap_all",
  wageGapRegular: "wage_gap_regular",
  wageGapNonRegular: "wage_gap_non_regular",
};

/**
 * The year's finest cells (round × size band × industry): a few hundred rows, each the merge of
 * that cell's chunks (migration 4; usually one per cell after compaction). Every published
 * group is a union of such cells, so the counts and sums are added up in TypeScript (integers,
 * exact) and the quartiles are computed from each cell's values (aggregation/roll-up.ts,
 * quartiles.ts). The values come back as one base64 text per statistic: float8send bytes keep
 * the exact float8 bits (no decimal round trip); base64 because PGlite decodes bytea results
 * slowly in JavaScript, while Buffer decodes base64 natively.
 * The two largest parts of each sum per cell (for the dominance rule) are computed from the
 * records themselves in the same snapshot (the chunks keep only sums), with the facts'
 * expressions, as text "a,b" (alike on PGlite and PostgreSQL).
 * Column aliases (quoted: camelCase) are generated from the constants above, never from input.
 */
const CELL_SQL = `
  WITH cells AS (
  SELECT
    round,
    size_band,
    industry,
    sum(companies)::int AS companies,
    ${ACTION_IDS.map(
      (a) => `sum(selected_${a.toLowerCase()})::int AS "selected_${a}",
    sum(achieved_${a.toLowerCase()})::int AS "achieved_${a}"`,
    ).join(",\n    ")},
    sum(training_complete)::int AS training_complete,
    ${SUM_MEASURES.map(
      (m) => `sum(sum_${SUM_COLUMNS[m]})::float8 AS "sum_${m}",
    sum(contributors_${SUM_COLUMNS[m]})::int AS "contributors_${m}"`,
    ).join(",\n    ")},
    ${STAT_KEYS.map(
      (s) => `encode(string_agg(v_${STAT_COLUMNS[s]}, ''::bytea), 'base64') AS "v_${s}"`,
    ).join(",\n    ")}
  FROM cell_chunks
  WHERE fiscal_year = $1
  GROUP BY round, size_band, industry
  ),
  top AS (
  SELECT
    round,
    coalesce(size_band, '') AS size_band,
    industry,
    ${SUM_MEASURES.map(
      (m) => `array_to_string((array_agg(${SUM_COLUMNS[m]} ORDER BY ${SUM_COLUMNS[m]} DESC)
      FILTER (WHERE ${SUM_COLUMNS[m]} > 0))[1:2], ',') AS "top_${m}"`,
    ).join(",\n    ")}
  FROM (
    SELECT round, ${TOP_FACTS.map(([column, , expression]) => `${expression} AS ${column}`).join(",\n      ")}
    FROM records
    WHERE fiscal_year = $1
  ) facts
  GROUP BY round, coalesce(size_band, ''), industry
  )
  SELECT cells.*, ${SUM_MEASURES.map((m) => `top."top_${m}"`).join(", ")}
  FROM cells LEFT JOIN top USING (round, size_band, industry)
`;

export type CellRow = Record<string, unknown> & {
  round: number;
  size_band: string | null;
  industry: string | null;
  companies: number;
};

/** The year's finest cells as the database returns them (decode with aggregatesOf). */
export function queryCellRows(db: SqlQueryable, fiscalYear: number): Promise<CellRow[]> {
  return db.query<CellRow>(CELL_SQL, [fiscalYear]);
}

/**
 * Decoding and the roll-up are pure computation on the rows: callers run them after their
 * transaction has ended, so that the connection (PGlite's only one) is not held meanwhile.
 */
export function aggregatesOf(fiscalYear: number, rows: readonly CellRow[]): RawAggregates {
  return rollUp(fiscalYear, rows.map(toCell));
}

function toCell(row: CellRow): CellAggregate {
  const perAction = (prefix: string) =>
    Object.fromEntries(ACTION_IDS.map((a) => [a, toNumber(row[`${prefix}_${a}`])])) as Record<
      ActionId,
      number
    >;
  return {
    round: toNumber(row.round),
    sizeBand: row.size_band ?? "",
    industry: row.industry ?? "",
    companies: toNumber(row.companies),
    selected: perAction("selected"),
    achieved: perAction("achieved"),
    trainingComplete: toNumber(row.training_complete),
    sums: Object.fromEntries(
      SUM_MEASURES.map((m): [SumMeasure, SumFigure] => [
        m,
        {
          value: toNumber(row[`sum_${m}`]),
          contributors: toNumber(row[`contributors_${m}`]),
          largest: toLargest(row[`top_${m}`]),
        },
      ]),
    ) as Record<SumMeasure, SumFigure>,
    values: Object.fromEntries(STAT_KEYS.map((s) => [s, toFloats(row[`v_${s}`])])) as Record<
      StatKey,
      Float64Array
    >,
  };
}

/** "5,3" (the two largest parts of a cell; NULL: none above 0) → [5, 3]. */
function toLargest(value: unknown): number[] {
  if (value === null || value === undefined || value === "") return [];
  if (typeof value !== "string") throw new Error("unexpected largest parts");
  return value.split(",").map(toNumber);
}

function toNumber(value: unknown): number {
  const n = typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n))
    throw new Error(`not a number: ${String(value)}`);
  return n;
}

/** Little-endian hosts (x86, ARM) byte-swap natively and view the bytes as float64s. */
const LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** base64 of concatenated float8send() values (NULL: the cell has none) → numbers. */
function toFloats(value: unknown): Float64Array {
  if (value === null || value === undefined) return new Float64Array(0);
  if (typeof value !== "string") throw new Error("unexpected float8 encoding");
  // PostgreSQL wraps base64 lines at 76 characters; Buffer skips the newlines.
  const bytes = Buffer.from(value, "base64");
  if (bytes.byteLength % 8 !== 0) throw new Error("unexpected float8 bytes");
  const out = new Float64Array(bytes.byteLength / 8);
  if (LITTLE_ENDIAN) {
    // float8send is big-endian: swap in place (native), then one copy into aligned memory
    // (a pooled Buffer need not start at a multiple of 8). ~10× a DataView loop.
    new Uint8Array(out.buffer).set(bytes.swap64());
    return out;
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat64(i * 8, false);
  return out;
}
