import type { Highs } from "highs";
import type { Publication } from "../aggregation/publication";
import { gridOf, systemsOf } from "../aggregation/publication-systems";
import type { RawAggregates } from "../aggregation/raw-aggregates";
import { isCount, roomToGrow, type AuditedFigure } from "./audit/audit";
import { publishedFigure, quantileBounds } from "./audit/published-figure";
import { termsOf, type Cell, type LinearSystem } from "./linear-system";
import { MIN_QUANTILE_COMPANIES } from "./settings";

/** One release of the year as the attacker holds it (the new one with its publication so far). */
export interface HeldRelease {
  raw: RawAggregates;
  publication: Publication;
}

export interface WideningInput {
  /** the earlier releases of the year, then the release being created (last) */
  releases: readonly HeldRelease[];
  /** the release being created's systems (same order as systemsOf) */
  systems: readonly LinearSystem[];
  /** cells of the release being created that must not be chosen (protect.ts could not) */
  avoid: ReadonlySet<string>;
  /** cells already chosen this round: hiding them costs nothing more */
  chosen: ReadonlySet<string>;
}

/** Asked of the two tables beyond the protection interval: the audit's rounding tolerance. */
const MARGIN = 1e-5;
/** Deviations smaller than this are the solver's rounding, not a cell to hide. */
const EPSILON = 1e-7;

/**
 * Secondary suppression for figures narrower than their protection interval, as the optimal
 * methods of τ-ARGUS and sdcTable state it (Fischetti and Salazar's model) for one figure: the
 * figure is at least its protection interval wide exactly when two tables the attacker cannot
 * rule out put it that far apart. Such a table satisfies every relation of every release of the
 * year, stays within the attacker's bounds (≥ 0, a count ≤ its group, a release's figure ≥ an
 * earlier one's where it grew, by at most the companies its group gained: audit.ts's program),
 * and differs from the true one only in hidden cells and in the published cells chosen. Choosing
 * a cell costs 1, plus 1 for each sum it is the total of; the LP relaxation of that 0/1 choice
 * prices a published cell's rise and fall in each table at its cost per unit of its range, and
 * every cell either table moves is hidden: then both tables are open to the attacker, so the
 * figure's interval is at least that wide, whatever the relaxation's fractions were.
 *
 * One persistent LP per linked system and round; between figures only the row that asks for
 * the spread and the costs of what was chosen change, so each solve starts from the last basis.
 */
export class Widener {
  private readonly models = new Map<number, SystemModel>();

  constructor(
    private readonly input: WideningInput,
    private readonly highs: Highs,
    /** the figures this round will ask for (for the range a magnitude may move) */
    figures: readonly AuditedFigure[],
  ) {
    for (const f of figures) {
      this.widest.set(f.system, Math.max(this.widest.get(f.system) ?? 0, 2 * f.required));
    }
  }

  private readonly widest = new Map<number, number>();

  /**
   * The cells to hide so that `figure` reaches its protection interval (the cells chosen
   * earlier this round included at no cost); empty when no hiding can widen it that far.
   */
  cellsFor(figure: AuditedFigure): string[] {
    let model = this.models.get(figure.system);
    if (!model) {
      model = new SystemModel(
        figure.system,
        this.input,
        this.highs,
        this.widest.get(figure.system) ?? 0,
      );
      this.models.set(figure.system, model);
    }
    return model.widen(figure);
  }

  dispose(): void {
    for (const model of this.models.values()) model.dispose();
    this.models.clear();
  }
}

interface Row {
  terms: [number, number][];
  lower: number;
  upper: number;
}

interface Column {
  /** index of its deviation in the first table; the second table's is `+ count` */
  index: number;
  lower: number;
  upper: number;
  /** a published cell of the new release that may be hidden */
  candidate?: { cell: string; cost: number };
}

/** The attacker's program for one system over every release, in deviations from the truth. */
class SystemModel {
  private readonly columns = new Map<string, Column>();
  /** cells the attacker reads off a page (or that do not exist): no column */
  private readonly none = new Set<string>();
  private frozen = false;
  private readonly rows: Row[] = [];
  private readonly cells: Map<string, Cell>[];
  private readonly totals = new Map<string, number>();
  private model: ReturnType<Highs["createModel"]> | undefined;
  /** per table, per column: its LP columns with their signs (a candidate's rise and fall) */
  private lpColumns: [number, number][][][] = [];
  private spread: [number, number][] = [];
  private spreadRow = -1;

  constructor(
    system: number,
    private readonly input: WideningInput,
    private readonly highs: Highs,
    private readonly widest: number,
  ) {
    const { releases } = input;
    const last = releases.length - 1;
    const systems = releases.map((release, i) =>
      i === last ? input.systems[system]! : ownSystems(release)[system]!,
    );
    this.cells = systems.map((s) => new Map(s.cells.map((c) => [c.id, c])));
    this.cells.forEach((cells, i) => {
      for (const id of cells.keys()) this.column(i, id);
    });
    this.frozen = true;
    for (const relation of systems[last]!.relations) {
      if (relation.kind === "sum") {
        this.totals.set(relation.total, (this.totals.get(relation.total) ?? 0) + 1);
      }
    }
    systems.forEach((s, i) => {
      for (const relation of s.relations) {
        const terms = termsOf(relation)
          .map(([id, c]) => [this.column(i, id), c] as const)
          .filter((t): t is readonly [Column, number] => t[0] !== undefined)
          .map(([column, c]): [number, number] => [column.index, c]);
        if (terms.length > 0) this.rows.push({ terms, lower: 0, upper: 0 });
      }
    });
    // Between two releases a figure only grew, a count by at most the companies its group gained
    // (audit.ts adds the same links, and only where they are true).
    for (let j = 1; j < systems.length; j++) {
      for (let i = 0; i < j; i++) {
        for (const [id, after] of this.cells[j]!) {
          const before = this.cells[i]!.get(id);
          if (!before) continue;
          const terms: [number, number][] = [];
          const now = this.column(j, id);
          const then = this.column(i, id);
          if (now) terms.push([now.index, 1]);
          if (then) terms.push([then.index, -1]);
          if (terms.length === 0) continue;
          const delta = after.value - before.value;
          const room = roomToGrow(
            id,
            companiesGained(releases[i]!.publication, releases[j]!.publication, id),
          );
          const upper = room !== undefined && delta <= room ? room - delta : Infinity;
          const lower = delta >= 0 ? -delta : -Infinity;
          if (Number.isFinite(lower) || Number.isFinite(upper)) {
            this.rows.push({ terms, lower, upper });
          }
        }
      }
    }
  }

  /** A cell the attacker does not read off a page (hidden, or a candidate), as a column. */
  private column(release: number, id: string): Column | undefined {
    const key = `${release}|${id}`;
    if (this.frozen || this.none.has(key)) return this.columns.get(key);
    const { releases, avoid } = this.input;
    const cell = this.cells[release]!.get(id);
    const publication = releases[release]!.publication;
    const figure = cell && publishedFigure(publication, id);
    const hidden = !figure || figure.suppressed;
    const isNew = release === releases.length - 1;
    const mayHide = cell && isNew && !cell.fixed && cell.groupSize > 0 && !avoid.has(id);
    if (!cell || (!hidden && !mayHide)) {
      this.none.add(key);
      return undefined;
    }
    let lower = 0;
    let upper = isCount(id) ? companiesOf(publication, id) : Infinity;
    if (hidden) {
      const q = quantileBounds(publication, id, cell.value);
      lower = Math.max(lower, q.lower);
      upper = Math.min(upper, q.upper);
    } else if (id.startsWith("n.")) {
      // Hidden, an n may get "≥ 10" from its shown quartiles or "≤ 9" from withheld ones: the
      // box that holds for its value either way.
      if (cell.value >= MIN_QUANTILE_COMPANIES) lower = MIN_QUANTILE_COMPANIES;
      else upper = Math.min(upper, MIN_QUANTILE_COMPANIES - 1);
    }
    const column: Column = {
      index: this.columns.size,
      lower: lower - cell.value,
      upper: upper - cell.value,
    };
    if (!hidden) column.candidate = { cell: id, cost: 1 + (this.totals.get(id) ?? 0) };
    this.columns.set(key, column);
    return column;
  }

  widen(figure: AuditedFigure): string[] {
    const spread: [Column, number][] = [];
    const now = this.column(figure.release, figure.cell);
    if (now) spread.push([now, 1]);
    const then = figure.since === undefined ? undefined : this.column(figure.since, figure.cell);
    if (then) spread.push([then, -1]);
    if (spread.length === 0) return [];
    const model = this.build();
    // The spread row: Σ c × (first table − second table) ≥ the protection interval's width.
    for (const [col] of this.spread) model.changeCoefficient(this.spreadRow, col, 0);
    this.spread = spread.flatMap(([column, c]) => [
      ...this.lpColumns[0]![column.index]!.map(([i, s]): [number, number] => [i, c * s]),
      ...this.lpColumns[1]![column.index]!.map(([i, s]): [number, number] => [i, -c * s]),
    ]);
    for (const [col, c] of this.spread) model.changeCoefficient(this.spreadRow, col, c);
    model.changeRowBounds(this.spreadRow, 2 * figure.required + MARGIN, this.highs.infinity);
    model.run();
    const status = model.getModelStatus();
    if (status !== this.highs.constants.modelStatus.optimal) return [];
    const { colValue } = model.getSolution();
    const chosen: string[] = [];
    for (const column of this.columns.values()) {
      if (!column.candidate) continue;
      const parts = [0, 1].flatMap((copy) => this.lpColumns[copy]![column.index]!);
      if (!parts.some(([i]) => Math.abs(colValue[i]!) > EPSILON)) continue;
      chosen.push(column.candidate.cell);
      // Chosen: the next figure of the round moves it for free.
      for (const [i] of parts) model.changeColCost(i, 0);
    }
    return chosen;
  }

  /**
   * The LP, built on first use. A hidden cell's deviation is one column per table; a candidate's
   * is its rise minus its fall, each priced at the switch's cost per unit of its range (the
   * relaxation of "hidden or not"; a cell moved in both tables is priced twice, which only
   * favours cells one table can use). Rows: each table's relations and links between releases,
   * and the spread.
   */
  private build(): NonNullable<SystemModel["model"]> {
    if (this.model) return this.model;
    const columns = [...this.columns.values()];
    // A magnitude has no upper bound; a second table moves a cell by about the width asked of the
    // figure (up to the grant formula's factor of 3): its price is per unit of that range.
    const range = (c: Column, bound: number) =>
      Number.isFinite(bound) ? Math.abs(bound) : 2 * Math.abs(c.lower) + 3 * this.widest;
    const colLower: number[] = [];
    const colUpper: number[] = [];
    const colCost: number[] = [];
    const add = (lower: number, upper: number, cost: number): number => {
      colLower.push(lower);
      colUpper.push(upper);
      colCost.push(cost);
      return colCost.length - 1;
    };
    this.lpColumns = [0, 1].map(() =>
      columns.map((c): [number, number][] => {
        if (!c.candidate) return [[add(c.lower, c.upper, 0), 1]];
        const cost = this.input.chosen.has(c.candidate.cell) ? 0 : c.candidate.cost;
        const rise = Math.max(0, c.upper);
        const fall = Math.max(0, -c.lower);
        const parts: [number, number][] = [];
        if (rise > 0) parts.push([add(0, rise, cost / range(c, c.upper)), 1]);
        if (fall > 0) parts.push([add(0, fall, cost / range(c, c.lower)), -1]);
        return parts;
      }),
    );
    const rows: Row[] = [];
    for (const copy of this.lpColumns) {
      for (const row of this.rows) {
        const terms = row.terms.flatMap(([i, c]) =>
          copy[i]!.map(([col, s]): [number, number] => [col, c * s]),
        );
        if (terms.length > 0) rows.push({ ...row, terms });
      }
    }
    this.spreadRow = rows.length;
    rows.push({ terms: [], lower: 0, upper: Infinity });
    const starts = [0];
    const indices: number[] = [];
    const values: number[] = [];
    for (const row of rows) {
      const merged = new Map<number, number>();
      for (const [i, c] of row.terms) merged.set(i, (merged.get(i) ?? 0) + c);
      for (const [i, c] of merged) {
        indices.push(i);
        values.push(c);
      }
      starts.push(indices.length);
    }
    const inf = this.highs.infinity;
    const finite = (x: number) => (x === Infinity ? inf : x === -Infinity ? -inf : x);
    const model = this.highs.createModel({
      numCols: colCost.length,
      numRows: rows.length,
      colCost,
      colLower: colLower.map(finite),
      colUpper: colUpper.map(finite),
      rowLower: rows.map((r) => finite(r.lower)),
      rowUpper: rows.map((r) => finite(r.upper)),
      matrix: {
        format: "csr",
        numRows: rows.length,
        numCols: colCost.length,
        starts,
        indices,
        values,
      },
    });
    // Warm starts need the simplex without presolve (only one row and some costs change).
    model.options.set({ output_flag: false, presolve: "off", solver: "simplex" });
    this.model = model;
    return model;
  }

  dispose(): void {
    this.model?.dispose();
    this.model = undefined;
  }
}

/** An earlier release's systems on its own grid, as the audit builds them. */
function ownSystems(release: HeldRelease): LinearSystem[] {
  let systems = ownSystemsOf.get(release.publication);
  if (!systems) {
    const rounds = release.publication.rounds.flatMap((s) => (s.round === null ? [] : [s.round]));
    systems = systemsOf(release.raw, gridOf(release.raw, rounds));
    ownSystemsOf.set(release.publication, systems);
  }
  return systems;
}

/** An earlier release is frozen: its systems are built once for every system and round. */
const ownSystemsOf = new WeakMap<Publication, LinearSystem[]>();

const groupOf = (id: string): string => id.slice(id.indexOf("@") + 1);

function companiesOf(publication: Publication, id: string): number {
  const companies = publishedFigure(publication, `companies@${groupOf(id)}`);
  return companies && !companies.suppressed && companies.value !== null
    ? companies.value
    : Infinity;
}

function companiesGained(earlier: Publication, later: Publication, id: string): number | undefined {
  const before = publishedFigure(earlier, `companies@${groupOf(id)}`);
  const after = publishedFigure(later, `companies@${groupOf(id)}`);
  if (!before || !after || before.suppressed || after.suppressed) return undefined;
  const gained = (after.value ?? 0) - (before.value ?? 0);
  return gained >= 0 ? gained : undefined;
}
