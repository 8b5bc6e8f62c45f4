import { cached } from "../disclosure/cached";
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

/**
 * storage's texts of the records' parts (aggregate-queries.ts RELEASE_SQL), one per cell
 * ("round|size band|industry"): a line per record, "who;" and the sums, measure by measure in
 * `order`. Decoded straight into the columns (no object per record: 100,000 lines).
 */
export function recordPartsFromText(
  cells: readonly { cell: string; text: string }[],
  order: readonly SumMeasure[],
): RecordParts {
  const parts = recordPartsOf([]);
  const columns = order.map((m) => parts.sums[m]);
  for (const { cell, text } of cells) {
    if (text === "") continue;
    const c = parts.cells.push(cell) - 1;
    const end = text.length;
    let at = 0;
    while (at < end) {
      const semi = text.indexOf(";", at);
      if (semi < 0) throw new Error("unexpected record parts");
      parts.who.push(text.slice(at, semi));
      parts.cell.push(c);
      at = semi + 1;
      // The parts are integers (SUM_FACTS are integer columns): read digit by digit, without a
      // substring and a Number() per part (500,000 of them at 100,000 records).
      for (let j = 0; j < columns.length; j++) {
        const negative = text.charCodeAt(at) === 45; // "-"
        if (negative) at++;
        const first = at;
        let v = 0;
        for (let d = text.charCodeAt(at) - 48; d >= 0 && d <= 9; d = text.charCodeAt(at) - 48) {
          v = v * 10 + d;
          at++;
        }
        const lastPart = j === columns.length - 1;
        const after = text.charCodeAt(at); // NaN at the end of the text
        // after the last part: the text's end, or "\n" and another line; else ";"
        const ends = lastPart ? at === end || (after === 10 && at + 1 < end) : after === 59;
        if (at === first || !ends) throw new Error("unexpected record part");
        columns[j]!.push(negative ? -v : v);
        at++;
      }
    }
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
  const byPair = cached(cache, then, () => new WeakMap<RecordParts, MovedByGroup>());
  const moved = cached(byPair, now, () => movedBetween(then, now));
  return moved.get(group)?.[measure] ?? NONE;
}

const cache = new WeakMap<RecordParts, WeakMap<RecordParts, MovedByGroup>>();

/**
 * Each record's change of each sum (now − then; one that joined: its part, one that left: minus
 * its part; a company's corrected record in the same cell: the difference), and per group the
 * two largest increases and decreases. A record is its own unit in each group, as the dominance
 * rule of a figure counts parts (aggregate-queries.ts). `who` is unique within a release (a
 * record, or a company's one live record), so records pair by it; a company whose corrected
 * record moved to another cell left the one and joined the other.
 */
export function movedBetween(then: RecordParts, now: RecordParts): MovedByGroup {
  const out = new Map<string, Record<SumMeasure, MovedParts>>();
  const thenSums = SUM_MEASURES.map((m) => then.sums[m]);
  const nowSums = SUM_MEASURES.map((m) => now.sums[m]);
  const add = (cell: string, m: number, v: number) => {
    const [round, sizeBand, industry] = cell.split("|");
    for (const scope of [`r${round}`, "FY"]) {
      for (const id of [
        `${scope}/total/`,
        `${scope}/sizeBand/${sizeBand}`,
        `${scope}/industry/${industry}`,
      ]) {
        let g = out.get(id);
        if (!g) {
          g = Object.fromEntries(
            SUM_MEASURES.map((x) => [x, { up: [], down: [] }]),
          ) as unknown as Record<SumMeasure, MovedParts>;
          out.set(id, g);
        }
        const moved = g[SUM_MEASURES[m]!];
        keepTopTwo(v > 0 ? moved.up : moved.down, Math.abs(v));
      }
    }
  };

  const earlier = new Map<string, number>();
  for (let i = 0; i < then.who.length; i++) earlier.set(then.who[i]!, i);
  const paired = new Uint8Array(then.who.length);
  for (let j = 0; j < now.who.length; j++) {
    const i = earlier.get(now.who[j]!);
    const cell = now.cells[now.cell[j]!]!;
    if (i !== undefined && then.cells[then.cell[i]!] === cell) {
      paired[i] = 1;
      for (let m = 0; m < nowSums.length; m++) {
        const v = nowSums[m]![j]! - thenSums[m]![i]!;
        if (v !== 0) add(cell, m, v);
      }
      continue;
    }
    for (let m = 0; m < nowSums.length; m++) {
      const v = nowSums[m]![j]!;
      if (v !== 0) add(cell, m, v);
    }
  }
  for (let i = 0; i < then.who.length; i++) {
    if (paired[i]) continue;
    const cell = then.cells[then.cell[i]!]!;
    for (let m = 0; m < thenSums.length; m++) {
      const v = thenSums[m]![i]!;
      if (v !== 0) add(cell, m, -v);
    }
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
