import type { CellRow, ReleaseCellRow } from "../storage/aggregate-queries";
import { SUM_FACTS, type VALUE_FACTS } from "../storage/cell-chunk-columns";
import {
  ACTION_IDS,
  STAT_KEYS,
  SUM_MEASURES,
  type ActionId,
  type RawAggregates,
  type StatKey,
  type SumFigure,
  type SumMeasure,
} from "./raw-aggregates";
import { recordPartsFromText, type RecordParts } from "./record-changes";
import { rollUp, type CellAggregate } from "./roll-up";

/** The cell_chunks column (migration 4) of each sum measure and statistic (actions: lower case). */
const SUM_COLUMNS: Record<SumMeasure, (typeof SUM_FACTS)[number]> = {
  newFemaleManagers: "new_female_managers",
  newFemaleAllowanceRecipients: "new_female_allowance",
  categoriesTotal: "categories_total",
  categoriesBelow40: "categories_below40",
  projectedGrantYen: "projected_grant_yen",
};

const STAT_COLUMNS: Record<StatKey, (typeof VALUE_FACTS)[number]> = {
  managerRatioBefore: "manager_ratio_before",
  managerRatioAfter: "manager_ratio_after",
  wageGapAll: "wage_gap_all",
  wageGapRegular: "wage_gap_regular",
  wageGapNonRegular: "wage_gap_non_regular",
};

/**
 * Decoding and the roll-up are pure computation on the rows: callers run them after their
 * transaction has ended, so that the connection (PGlite's only one) is not held meanwhile.
 */
export function aggregatesOf(fiscalYear: number, rows: readonly CellRow[]): RawAggregates {
  return rollUp(fiscalYear, rows.map(toCell));
}

/** A release's aggregates: the cells rolled up, with each record's parts (record-changes.ts). */
export function releaseAggregatesOf(
  fiscalYear: number,
  rows: readonly ReleaseCellRow[],
): RawAggregates {
  const order = SUM_FACTS.map((f) => SUM_MEASURES.find((m) => SUM_COLUMNS[m] === f)!);
  const cells = rows.map((row) => ({
    cell: `${toNumber(row.round)}|${row.size_band ?? ""}|${row.industry ?? ""}`,
    text: row.record_parts ?? "",
  }));
  const recordParts = recordPartsFromText(cells, order);
  return {
    ...aggregatesOf(fiscalYear, withLargestParts(rows, cells, recordParts)),
    recordParts,
  };
}

/**
 * The rows with each sum's two largest parts (> 0) per cell, "a,b" in top_<fact> as CELL_SQL
 * gives them, found from the records' parts: RELEASE_SQL does not sort for them (a release's
 * time). Every record with a part other than 0 is in the parts, so the largest are the same.
 */
function withLargestParts(
  rows: readonly ReleaseCellRow[],
  cells: readonly { cell: string }[],
  parts: RecordParts,
): CellRow[] {
  const rowOf = new Map(cells.map((c, r) => [c.cell, r]));
  const rowOfPartsCell = parts.cells.map((cell) => rowOf.get(cell)!);
  const tops = rows.map(() => SUM_FACTS.map((): number[] => []));
  SUM_FACTS.forEach((fact, j) => {
    const measure = SUM_MEASURES.find((m) => SUM_COLUMNS[m] === fact)!;
    const values = parts.sums[measure];
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v <= 0) continue;
      const top = tops[rowOfPartsCell[parts.cell[i]!]!]![j]!;
      if (top.length < 2) top.push(v);
      else if (v > top[1]!) top[1] = v;
      else continue;
      if (top.length === 2 && top[1]! > top[0]!) top.reverse();
    }
  });
  return rows.map((row, r) => {
    const withTop: CellRow = { ...row };
    SUM_FACTS.forEach((fact, j) => {
      const top = tops[r]![j]!;
      withTop[`top_${fact}`] = top.length === 0 ? null : top.join(",");
    });
    return withTop;
  });
}

function toCell(row: CellRow): CellAggregate {
  const perAction = (prefix: string) =>
    Object.fromEntries(
      ACTION_IDS.map((a) => [a, toNumber(row[`${prefix}_${a.toLowerCase()}`])]),
    ) as Record<ActionId, number>;
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
          value: toNumber(row[`sum_${SUM_COLUMNS[m]}`]),
          contributors: toNumber(row[`contributors_${SUM_COLUMNS[m]}`]),
          largest: toLargest(row[`top_${SUM_COLUMNS[m]}`]),
        },
      ]),
    ) as Record<SumMeasure, SumFigure>,
    values: Object.fromEntries(
      STAT_KEYS.map((s) => [s, toFloats(row[`v_${STAT_COLUMNS[s]}`])]),
    ) as Record<StatKey, Float64Array>,
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
