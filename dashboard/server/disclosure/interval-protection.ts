import type { Highs } from "highs";
import {
  decidePublication,
  type PublicationOptions,
  type RoundCapacity,
} from "../aggregation/build-publication";
import type { Publication } from "../aggregation/publication";
import { gridOf, systemsOf, withChanges } from "../aggregation/publication-systems";
import type { RawAggregates } from "../aggregation/raw-aggregates";
import { auditReleases, isCount, type AuditedFigure } from "./audit/audit";
import { blamedOnNext } from "./check-release";
import { publishedFigure } from "./audit/published-figure";
import { termsOf, type Cell, type LinearSystem, type Relation } from "./linear-system";
import { protect, publicCells } from "./protect";
import { MIN_COMPANIES } from "./settings";
import { Widener } from "./widening";

export interface IntervalProtection {
  publication: Publication;
  /** the audit of the publication with the earlier releases (what checkRelease judges) */
  figures: AuditedFigure[];
  /** cells hidden by this loop, besides protect.ts's suppression */
  added: ReadonlySet<string>;
  /** audit rounds run (1: the first suppression already met every protection interval) */
  rounds: number;
  /** which pinned figures of `figures` the release is to blame for (blamedOnNext, run once) */
  blamed: (figure: AuditedFigure) => boolean;
}

/** More rounds than any table here needs; past it the release is refused (fail closed). */
const MAX_ROUNDS = 60;

/**
 * Secondary suppression that meets protection intervals, as τ-ARGUS and sdcTable do it: build
 * the publication (protect.ts: nothing determined), audit it with the LP attacker together with
 * the earlier releases of the year, and for every protected figure of this release pinned
 * tighter than its protection interval hide the cheapest cells whose hiding lets two tables the
 * attacker cannot rule out put it that far apart (widening.ts, by LP); where that finds nothing
 * new, one more cell in the relation that binds it most (the greedy Chooser below: the one whose
 * other unknown cells leave it the least room, inner cells before totals, then the cell giving
 * the most room). Then suppress again (hiding a cell may expose others) and re-audit only the
 * systems that changed, until the audit passes. When no cell is left to hide, the publication
 * is returned as it is and checkRelease refuses it (fail closed).
 */
export function protectIntervals(
  raw: RawAggregates,
  rounds: readonly RoundCapacity[],
  options: PublicationOptions,
  highs: Highs,
): IntervalProtection {
  const minCompanies = options.minCompanies ?? MIN_COMPANIES;
  const earlier = (options.earlier ?? []).filter((e) => e.raw.fiscalYear === raw.fiscalYear);
  // Nothing changed since the latest release (a round's release, then the year's, at one
  // moment): publishing its tables again tells a reader nothing new, so they are reused as they
  // are; there is nothing to audit.
  const latest = earlier.at(-1);
  if (latest && JSON.stringify(latest.raw) === JSON.stringify(raw)) {
    return {
      publication: latest.publication,
      figures: [],
      added: new Set(),
      rounds: 0,
      blamed: () => false,
    };
  }
  const grid = gridOf(
    raw,
    rounds.map((r) => r.round),
  );
  const systems = withChanges(
    systemsOf(raw, grid),
    earlier.map((e) => systemsOf(e.raw, grid)),
  );
  const before = earlier.map((e) => {
    const cells = new Map<string, Cell>();
    for (const system of systemsOf(e.raw, grid)) for (const c of system.cells) cells.set(c.id, c);
    return cells;
  });
  const systemOf = new Map<string, number>();
  systems.forEach((s, k) => s.cells.forEach((c) => systemOf.set(c.id, k)));

  const added = new Set<string>();
  const avoid = new Set<string>();
  // What protect.ts never hides depends on the aggregates only: found once for all rounds.
  const shownOf = new Map<number, Set<string>>();
  // Every release's figures are solved for: this one may pin an earlier one's (blamedOnNext).
  const audit = (
    publication: Publication,
    only?: ReadonlySet<number>,
    keep: (label: string) => boolean = () => true,
  ) =>
    auditReleases(
      [...earlier, { fiscalYear: raw.fiscalYear, round: null, raw, publication }],
      highs,
      minCompanies,
      only,
      (label) => keep(label),
      // Only whether each figure is pinned decides what is hidden: no exact interval needed.
      false,
    );
  let { publication, hidden } = decidePublication(raw, rounds, { ...options, earlier, systems });
  // What each earlier release hid, looked up once.
  const hiddenBefore = earlier.map(
    (e) =>
      new Set(
        [...systemOf.keys()].filter(
          (id) => publishedFigure(e.publication, id)?.suppressed === true,
        ),
      ),
  );
  // This release's pinned figures, and those of earlier releases only it pins (check-release.ts).
  const newlyPinned = blamedOnNext(earlier, highs, minCompanies);
  let figures = audit(publication);
  let round = 1;
  for (; round < MAX_ROUNDS; round++) {
    const failing = figures.filter(newlyPinned);
    if (failing.length === 0) break;
    const chosen = new Set<string>();
    // The cheapest cells whose hiding brings each figure to its protection interval (one LP per
    // system, widening.ts); the greedy step only where that finds nothing new to hide.
    const input = { releases: [...earlier, { raw, publication }], systems, avoid, chosen };
    const widener = new Widener(input, highs, failing);
    let chooser: Chooser | undefined;
    try {
      for (const figure of failing) {
        let picked = widener.cellsFor(figure);
        if (picked.length === 0) {
          chooser ??= new Chooser(
            systems,
            before,
            hiddenBefore,
            new Set(hidden.flatMap((ids) => [...ids])),
            minCompanies,
            avoid,
            shownOf,
          );
          picked = chooser.choose(figure);
        }
        for (const id of picked) chosen.add(id);
      }
    } finally {
      widener.dispose();
    }
    if (chosen.size === 0) break;
    // What was hidden stays hidden (so every interval only widens: what passed still passes);
    // only the touched systems are suppressed again, only what failed or is new is solved again.
    const decided = new Map<number, ReadonlySet<string>>(hidden.map((ids, k) => [k, ids]));
    const touched = new Set<number>();
    for (const k of new Set([...chosen].map((id) => systemOf.get(id)!))) {
      const mine = [...chosen].filter((id) => systemOf.get(id) === k);
      // All at once; if suppression cannot complement them together, one by one.
      for (const batch of [mine, ...mine.map((id) => [id])]) {
        try {
          const alsoHide = new Set([...decided.get(k)!, ...batch]);
          decided.set(k, protect(systems[k]!, minCompanies, { alsoHide }).hidden);
          touched.add(k);
          for (const id of batch) added.add(id);
          if (batch === mine) break;
        } catch {
          // A 0 whose partners are all 0s, say: not tried again.
          if (batch !== mine) for (const id of batch) avoid.add(id);
        }
      }
    }
    ({ publication, hidden } = decidePublication(raw, rounds, {
      ...options,
      earlier,
      decided,
      systems,
    }));
    const passed = new Set(figures.filter((f) => !f.pinned).map((f) => f.label));
    figures = [
      ...figures.filter((f) => !touched.has(f.system) || passed.has(f.label)),
      ...audit(publication, touched, (label) => !passed.has(label)),
    ];
  }
  return { publication, figures, added, rounds: round, blamed: newlyPinned };
}

/** A cell (or its change between two releases) as the attacker's unknown with its bounds. */
interface Unknown {
  value: number;
  lower: number;
  upper: number;
}

/** One round's choices of cells to hide, against the publication as it stands. */
class Chooser {
  private readonly relationsOf = new Map<number, Map<string, Relation[]>>();
  private readonly known = new Map<number, Set<string>>();
  private readonly totalsOf = new Map<number, Set<string>>();
  private readonly touched = new Set<Relation>();
  private readonly cells: Map<string, Cell>;

  constructor(
    private readonly systems: readonly LinearSystem[],
    private readonly before: readonly ReadonlyMap<string, Cell>[],
    /** what each earlier release hid, and what the publication as it stands hides */
    private readonly hiddenBefore: readonly ReadonlySet<string>[],
    private readonly hiddenNow: ReadonlySet<string>,
    private readonly minCompanies: number,
    /** cells whose hiding suppression could not complement (tried and undone) */
    private readonly avoid: ReadonlySet<string>,
    /** what protect.ts never hides, per system (shared by every round's chooser) */
    private readonly shownOf: Map<number, Set<string>>,
  ) {
    this.cells = new Map(systems.flatMap((s) => s.cells.map((c) => [c.id, c] as const)));
  }

  /**
   * The cells to hide next for one figure narrower than its protection interval: in each of its
   * relations that is too narrow by itself, the candidate giving the most room; if none is, in
   * the narrowest; if no relation of its own has a cell left to hide, in the relations of the
   * hidden cells that bind it (breadth first).
   */
  choose(figure: AuditedFigure): string[] {
    const since = figure.since;
    // The change of a figure shown now: hiding the figure itself is what protects it.
    if (!this.hiddenNow.has(figure.cell) && this.canHide(figure.system, figure.cell)) {
      return [figure.cell];
    }
    const relations = this.relations(figure.system);
    const seen = new Set<string>([figure.cell]);
    let frontier = [figure.cell];
    while (frontier.length > 0) {
      const options: { relation: Relation; width: number; candidate: string }[] = [];
      for (const id of frontier) {
        for (const relation of relations.get(id) ?? []) {
          if (this.touched.has(relation)) continue;
          const candidate = this.bestCandidate(relation, figure.system, id, since);
          if (candidate === undefined) continue;
          options.push({ relation, width: this.localInterval(relation, id, since), candidate });
        }
      }
      if (options.length > 0) {
        options.sort((a, b) => a.width - b.width);
        const narrow = options.filter((o) => o.width < 2 * figure.required);
        const picked = narrow.length > 0 ? narrow : options;
        for (const o of picked) this.touched.add(o.relation);
        return [...new Set(picked.map((o) => o.candidate))];
      }
      const next: string[] = [];
      for (const id of frontier) {
        for (const relation of relations.get(id) ?? []) {
          for (const [other] of termsOf(relation)) {
            if (!seen.has(other) && this.unknown(other, since)) {
              seen.add(other);
              next.push(other);
            }
          }
        }
      }
      frontier = next;
    }
    return [];
  }

  /**
   * Hiding a cell gives room unless the reader would know it anyway: a number of companies, a
   * cell of an empty group, a 0 (protect.ts shows them), or one that other published 0s and full
   * counts force. A published full count by itself is known only because it is published:
   * hiding it does help.
   */
  private canHide(system: number, id: string): boolean {
    const cell = this.cells.get(id);
    if (!cell || cell.fixed || cell.groupSize === 0 || this.avoid.has(id)) return false;
    if (cell.value === 0 || cell.value === cell.bound) return true;
    return !this.shown(system).has(id) && !this.readerKnows(system, id);
  }

  /** What protect.ts never hides (published 0s and what they force). */
  private shown(system: number): Set<string> {
    let shown = this.shownOf.get(system);
    if (!shown) {
      shown = publicCells(this.systems[system]!, this.minCompanies);
      this.shownOf.set(system, shown);
    }
    return shown;
  }

  /** Unknown to the attacker: hidden now, or (for a change) hidden in the earlier release. */
  private unknown(id: string, since: number | undefined): boolean {
    if (this.hiddenNow.has(id)) return true;
    return since !== undefined && this.hiddenBefore[since]!.has(id);
  }

  /** The bounds the audit gives the unknown by itself (audit.ts), around its true value. */
  private bounds(id: string, since: number | undefined): Unknown {
    const cell = this.cells.get(id)!;
    if (since === undefined) {
      const upper = isCount(id) ? (cell.bound ?? Infinity) : Infinity;
      return { value: cell.value, lower: 0, upper };
    }
    const then = this.before[since]!.get(id);
    const value = cell.value - (then?.value ?? 0);
    const gained =
      cell.bound !== undefined && then?.bound !== undefined ? cell.bound - then.bound : undefined;
    const upper =
      isCount(id) && gained !== undefined && gained >= 0 && value <= gained ? gained : Infinity;
    return { value, lower: value >= 0 ? 0 : -Infinity, upper };
  }

  /** How far `id` can move in `relation` alone, given the other unknowns' bounds. */
  private localInterval(relation: Relation, id: string, since: number | undefined): number {
    const terms = termsOf(relation);
    const own = terms.find(([t]) => t === id)![1];
    let up = 0;
    let down = 0;
    for (const [other, coefficient] of terms) {
      if (other === id || !this.unknown(other, since)) continue;
      const b = this.bounds(other, since);
      const ratio = -coefficient / own;
      up += ratio > 0 ? ratio * (b.upper - b.value) : -ratio * (b.value - b.lower);
      down += ratio > 0 ? ratio * (b.value - b.lower) : -ratio * (b.upper - b.value);
    }
    const b = this.bounds(id, since);
    return Math.min(up, b.upper - b.value) + Math.min(down, b.value - b.lower);
  }

  /**
   * The visible cell of `relation` whose hiding gives `figure` the most room: only cells that
   * give some (a figure that did not change gives a change none), inner cells before totals,
   * then the widest range (a count up to its group, a magnitude its value).
   */
  private bestCandidate(
    relation: Relation,
    system: number,
    cell: string,
    since: number | undefined,
  ): string | undefined {
    const terms = termsOf(relation);
    const own = Math.abs(terms.find(([t]) => t === cell)![1]);
    const totals = this.totals(system);
    const ranked = terms
      .filter(([id]) => id !== cell && !this.unknown(id, since) && this.canHide(system, id))
      .map(([id, coefficient]) => {
        const b = this.bounds(id, since);
        const span = b.upper - b.lower;
        // A magnitude has no upper bound: its value is the room it gives in practice.
        const room = Number.isFinite(span) ? span : Math.abs(this.cells.get(id)!.value);
        return { id, room: (Math.abs(coefficient) / own) * room, isTotal: totals.has(id) };
      })
      .filter((c) => c.room > 0)
      .sort(
        (a, b) =>
          Number(a.isTotal) - Number(b.isTotal) || b.room - a.room || (a.id < b.id ? -1 : 1),
      );
    return ranked[0]?.id;
  }

  private totals(system: number): Set<string> {
    let totals = this.totalsOf.get(system);
    if (!totals) {
      totals = new Set(
        this.systems[system]!.relations.flatMap((r) => (r.kind === "sum" ? [r.total] : [])),
      );
      this.totalsOf.set(system, totals);
    }
    return totals;
  }

  private relations(system: number): Map<string, Relation[]> {
    let index = this.relationsOf.get(system);
    if (!index) {
      index = new Map();
      for (const relation of this.systems[system]!.relations) {
        for (const [id] of termsOf(relation)) {
          const list = index.get(id) ?? [];
          if (!list.includes(relation)) list.push(relation);
          index.set(id, list);
        }
      }
      this.relationsOf.set(system, index);
    }
    return index;
  }

  /** What a reader knows anyway (published 0s, full counts and what they force): no room. */
  private readerKnows(system: number, id: string): boolean {
    let known = this.known.get(system);
    if (!known) {
      known = publicCells(this.systems[system]!, this.minCompanies, {
        reader: true,
        published: (cell) => !this.hiddenNow.has(cell),
      });
      this.known.set(system, known);
    }
    return known.has(id);
  }
}
