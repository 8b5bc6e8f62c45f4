import { SUM_MEASURES, type SumMeasure } from "./raw-aggregates";

/**
 * Each record's parts of the sums, kept with a release's raw aggregates (never served): the next
 * release finds from them which records joined, left or were corrected since, and so the
 * largest parts of each change (the dominance rule of a change, publication-systems.ts
 * changeOf). Records whose parts are all 0 are left out (they move no sum). Columnar: one entry
 * per record in each array.
 */
export interface RecordParts {
  /** the finest cells, "round|sizeBand|industry" */
  cells: string[];
  /** who the record is of: "c<token>" for a company's record (a correction keeps it), else the record */
  who: string[];
  /** the record's cell, an index into `cells` */
  cell: number[];
  sums: Record<SumMeasure, number[]>;
}

/** One record's parts, as storage (or a test's records) gives them. */
export interface RecordPartRow {
  who: string;
  round: number;
  sizeBand: string;
  industry: string;
  sums: Record<SumMeasure, number>;
}

export function recordPartsOf(rows: readonly RecordPartRow[]): RecordParts {
  const cells: string[] = [];
  const cellIndex = new Map<string, number>();
  const parts: RecordParts = {
    cells,
    who: [],
    cell: [],
    sums: Object.fromEntries(SUM_MEASURES.map((m) => [m, []])) as unknown as Record<
      SumMeasure,
      number[]
    >,
  };
  for (const row of rows) {
    if (SUM_MEASURES.every((m) => row.sums[m] === 0)) continue;
    const key = `${row.round}|${row.sizeBand}|${row.industry}`;
    let c = cellIndex.get(key);
    if (c === undefined) {
      c = cells.push(key) - 1;
      cellIndex.set(key, c);
    }
    parts.who.push(row.who);
    parts.cell.push(c);
    for (const m of SUM_MEASURES) parts.sums[m].push(row.sums[m]);
  }
  return parts;
}

/** The largest parts (at most two, descending, all > 0) of the records that moved a sum. */
export interface MovedParts {
  /** records that joined, or whose part grew (a correction: by how much it grew) */
  up: number[];
  /** records that left, or whose part shrank (by how much) */
  down: number[];
}

/** Per group ("r1/industry/G", as grid.ts groupId) and sum: the parts that moved. */
export type MovedByGroup = ReadonlyMap<string, Record<SumMeasure, MovedParts>>;

const NONE: MovedParts = { up: [], down: [] };

/** What moved in `group`'s sum `measure` between two releases' records. */
export function movedIn(
  then: RecordParts,
  now: RecordParts,
  group: string,
  measure: SumMeasure,
): MovedParts {
  let byPair = cache.get(then);
  if (!byPair) {
    byPair = new WeakMap();
    cache.set(then, byPair);
  }
  let moved = byPair.get(now);
  if (!moved) {
    moved = movedBetween(then, now);
    byPair.set(now, moved);
  }
  return moved.get(group)?.[measure] ?? NONE;
}

const cache = new WeakMap<RecordParts, WeakMap<RecordParts, MovedByGroup>>();

/**
 * Each record's change of each sum (now − then; one that joined: its part, one that left: minus
 * its part; a company's corrected record in the same cell: the difference), and per group the
 * two largest increases and decreases. A record is its own unit in each group, as the dominance
 * rule of a figure counts parts (aggregate-queries.ts). Only records that moved cost anything.
 */
export function movedBetween(then: RecordParts, now: RecordParts): MovedByGroup {
  const width = SUM_MEASURES.length;
  const delta = new Map<string, Float64Array>();
  const add = (parts: RecordParts, sign: number) => {
    for (let i = 0; i < parts.who.length; i++) {
      const key = `${parts.who[i]}\u0000${parts.cells[parts.cell[i]!]}`;
      let d = delta.get(key);
      if (!d) {
        d = new Float64Array(width);
        delta.set(key, d);
      }
      for (let j = 0; j < width; j++) d[j]! += sign * parts.sums[SUM_MEASURES[j]!][i]!;
    }
  };
  add(then, -1);
  add(now, 1);

  const out = new Map<string, Record<SumMeasure, MovedParts>>();
  const groupOf = (id: string) => {
    let g = out.get(id);
    if (!g) {
      g = Object.fromEntries(
        SUM_MEASURES.map((m) => [m, { up: [], down: [] }]),
      ) as unknown as Record<SumMeasure, MovedParts>;
      out.set(id, g);
    }
    return g;
  };
  for (const [key, d] of delta) {
    if (d.every((v) => v === 0)) continue;
    const [round, sizeBand, industry] = key.slice(key.indexOf("\u0000") + 1).split("|");
    const groups = [`r${round}`, "FY"].flatMap((scope) => [
      `${scope}/total/`,
      `${scope}/sizeBand/${sizeBand}`,
      `${scope}/industry/${industry}`,
    ]);
    d.forEach((v, j) => {
      if (v === 0) return;
      const m = SUM_MEASURES[j]!;
      for (const id of groups) {
        const moved = groupOf(id)[m];
        keepTopTwo(v > 0 ? moved.up : moved.down, Math.abs(v));
      }
    });
  }
  return out;
}

function keepTopTwo(top: number[], v: number): void {
  if (top.length < 2) {
    top.push(v);
    top.sort((a, b) => b - a);
  } else if (v > top[1]!) {
    top[1] = v;
    if (top[1] > top[0]!) top.reverse();
  }
}
