import type { Highs } from "highs";
import { gridOf, systemsOf, withChanges } from "../../aggregation/publication-systems";
import type { Publication } from "../../aggregation/publication";
import { groupOfCell, replacedGroups } from "../../aggregation/replaced-records";
import type { ReleaseTables } from "../check-release";
import { termsOf, type Cell, type LinearSystem } from "../linear-system";
import { publicCells } from "../protect";
import { cached } from "../cached";
import { isSmallFigure } from "../sensitivity";
import { MIN_COMPANIES, PROTECTION_MAGNITUDE_SHARE, PROTECTION_RATIO_POINTS } from "../settings";
import { publishedFigure, quantileBounds } from "./published-figure";
import { objectiveRanges, type BasisStore, type LinearProgram } from "./solver";

/** One protected figure (a cell of 1–2 companies, or a change between two releases of 1–2). */
export interface AuditedFigure {
  /** "#2 sums.projectedGrantYen@FY/total/" or "#1→#2 …" (releases numbered from 1) */
  label: string;
  /** the cell's id ("sums.projectedGrantYen@FY/total/") and the index of its system */
  cell: string;
  system: number;
  /** for the change of a figure between two releases: the earlier one (0-based) */
  since?: number;
  /** the release (0-based) whose publication completes what the attacker holds */
  release: number;
  /** the true value (of the cell, or of the change) */
  value: number;
  /** the interval of values consistent with everything published */
  lower: number;
  upper: number;
  /** the half-width of the protection interval: upper − lower must be ≥ 2 × required */
  required: number;
  /** upper − lower < 2 × required: narrower than its protection interval */
  pinned: boolean;
  /** upper − lower ≈ 0: the attacker knows the value */
  disclosed: boolean;
}

/** How much slack rounding in the solver may eat without calling a figure pinned. */
const TOLERANCE = 1e-6;

/**
 * The attacker of τ-ARGUS and sdcTable, over every release of a year at once: every suppressed
 * figure is an unknown ≥ 0 (a count also ≤ its group's published number of companies), every
 * additive relation of each release holds (rounds → year, size bands → total, industries →
 * total, the grant formula with its remainder known), and between two releases a figure only
 * grew, a count by at most the companies its group gained (added as constraints when true, i.e.
 * as the attacker may rightly assume). Linear programming (HiGHS) then gives, for every protected
 * figure, the smallest and largest value consistent with all of it. One LP per linked component
 * of one system: systems share no relation, components share no unknown.
 */
export function auditReleases(
  releases: readonly ReleaseTables[],
  highs: Highs,
  minCompanies = MIN_COMPANIES,
  /** audit only these systems (by index): the others did not change since the last audit */
  only?: ReadonlySet<number>,
  /**
   * solve only for the figures that pass (of the release being created; the others are known to
   * pass already, or are not what is being decided)
   */
  keep?: (label: string, release: number) => boolean,
  /**
   * false: a figure's interval is widened only until it is known to be at least as wide as its
   * protection interval (objectiveRanges's `enough`), so lower/upper of a figure that is not
   * pinned may be narrower than its full extent; pinned and disclosed are the same either way.
   * What the protection loop needs, at a fraction of the solves.
   */
  exact = true,
): AuditedFigure[] {
  const systems = systemsOfReleases(releases);
  const replaced = replacedOfReleases(systems);
  const out: AuditedFigure[] = [];
  const systemCount = systems[0]?.length ?? 0;
  for (let k = 0; k < systemCount; k++) {
    if (only && !only.has(k)) continue;
    out.push(
      ...auditSystem(
        releases,
        systems.map((s) => s[k]!),
        highs,
        minCompanies,
        k,
        keep,
        exact,
        (j, i) => replaced[j]![i]!,
      ),
    );
  }
  return out;
}

/**
 * Each release's systems on its own grid, with the changes since every earlier release. They
 * depend only on the releases' aggregates and rounds, not on what is suppressed, so the rounds of
 * protectIntervals (same aggregates, new suppression each round) build them once.
 */
const systemsCache = new WeakMap<
  ReleaseTables["raw"],
  { raws: ReleaseTables["raw"][]; rounds: string; systems: LinearSystem[][] }
>();

function systemsOfReleases(releases: readonly ReleaseTables[]): LinearSystem[][] {
  const roundsOf = releases.map((r) =>
    r.publication.rounds.flatMap((s) => (s.round === null ? [] : [s.round])),
  );
  const raws = releases.map((r) => r.raw);
  const rounds = JSON.stringify(roundsOf);
  const last = raws.at(-1);
  const kept = last === undefined ? undefined : systemsCache.get(last);
  if (
    kept &&
    kept.rounds === rounds &&
    kept.raws.length === raws.length &&
    kept.raws.every((raw, i) => raw === raws[i])
  ) {
    return kept.systems;
  }
  const grids = releases.map((r, j) => gridOf(r.raw, roundsOf[j]!));
  const systems = releases.map((r, j) =>
    withChanges(
      systemsOf(r.raw, grids[j]!),
      releases.slice(0, j).map((e) => systemsOf(e.raw, grids[j]!)),
    ),
  );
  if (last !== undefined) systemsCache.set(last, { raws, rounds, systems });
  return systems;
}

/**
 * Per release j and earlier release i, the groups whose records were replaced in between (over
 * all systems: a swap may move one figure and leave another), found once per set of systems.
 */
const replacedCache = new WeakMap<LinearSystem[][], Set<string>[][]>();

function replacedOfReleases(systems: LinearSystem[][]): Set<string>[][] {
  return cached(replacedCache, systems, () => {
    const all = systems.map((release) => {
      const cells = new Map<string, Cell>();
      for (const system of release) for (const c of system.cells) cells.set(c.id, c);
      return cells;
    });
    return all.map((now, j) => all.slice(0, j).map((then) => replacedGroups(now.values(), then)));
  });
}

/**
 * The last basis of each system's programs, by the keys of their variables and constraints:
 * the next audit of the same releases (the next round of protectIntervals, where a few more
 * cells are hidden) starts each program from it instead of from scratch. Where it starts never
 * changes the optimum, only how fast the solver gets there.
 */
const basisCache = new WeakMap<ReleaseTables["raw"], Map<number, Map<string, number>>>();

function basesOf(releases: readonly ReleaseTables[], system: number): Map<string, number> {
  const last = releases.at(-1)?.raw;
  if (!last) return new Map();
  const bases = cached(basisCache, last, () => new Map<number, Map<string, number>>());
  return cached(bases, system, () => new Map<string, number>());
}

/**
 * A system's cells by id, and what a reader of one publication knows of it anyway: both depend
 * on objects that never change once built (the systems are cached per set of aggregates), and
 * protectIntervals audits the same systems and earlier publications every round. The known
 * set is copied out: the audit adds to it.
 */
const cellMaps = new WeakMap<LinearSystem, Map<string, Cell>>();

function cellMap(system: LinearSystem): Map<string, Cell> {
  return cached(cellMaps, system, () => new Map(system.cells.map((c) => [c.id, c])));
}

const knownSets = new WeakMap<LinearSystem, WeakMap<Publication, Map<number, Set<string>>>>();

function readerKnows(
  system: LinearSystem,
  publication: Publication,
  minCompanies: number,
): Set<string> {
  const byPublication = cached(
    knownSets,
    system,
    () => new WeakMap<Publication, Map<number, Set<string>>>(),
  );
  const byMinimum = cached(byPublication, publication, () => new Map<number, Set<string>>());
  const known = cached(byMinimum, minCompanies, () =>
    publicCells(system, minCompanies, {
      reader: true,
      published: (id) => publishedFigure(publication, id)?.suppressed === false,
    }),
  );
  return new Set(known);
}

function auditSystem(
  releases: readonly ReleaseTables[],
  systems: readonly LinearSystem[],
  highs: Highs,
  minCompanies: number,
  index: number,
  keep: ((label: string, release: number) => boolean) | undefined,
  exact: boolean,
  /** the groups whose records were replaced between release i and release j (i < j) */
  replacedOf: (j: number, i: number) => ReadonlySet<string>,
): AuditedFigure[] {
  const model = new Model(basesOf(releases, index));
  const cells = systems.map(cellMap);
  // What a reader knows without any LP: numbers of companies, and what the published 0s and full
  // counts force (protect.ts). Those are not protected figures: a published 0 or a count equal
  // to its group is a statement about every company of the group (group disclosure, published
  // on purpose), and so is what it forces, in each release and in its change between releases.
  const known = systems.map((s, i) => readerKnows(s, releases[i]!.publication, minCompanies));
  // A figure a later release shows to be 0 was 0 before too (figures only grew): a published 0
  // is a statement about every company of its group, then and now.
  for (let j = 1; j < systems.length; j++) {
    for (const id of known[j]!) {
      if (cells[j]!.get(id)?.value !== 0) continue;
      for (let i = 0; i < j; i++) if (cells[i]!.get(id)?.value === 0) known[i]!.add(id);
    }
  }
  // A figure known in an earlier release whose group and value did not change is known still.
  for (let j = 1; j < systems.length; j++) {
    for (let i = 0; i < j; i++) {
      for (const id of known[i]!) {
        const [then, now] = [cells[i]!.get(id), cells[j]!.get(id)];
        if (then && now && then.value === now.value && then.groupSize === now.groupSize) {
          known[j]!.add(id);
        }
      }
    }
  }

  /** A cell as the attacker sees it: a published number, or an unknown. */
  // A cell is part of several relations, changes and checks: it is looked at once per release.
  const looked = releases.map(() => new Map<string, { variable?: string; value: number }>());
  const term = (i: number, id: string): { variable?: string; value: number } => {
    let found = looked[i]!.get(id);
    if (!found) {
      found = termOf(i, id);
      looked[i]!.set(id, found);
    }
    return found;
  };
  const termOf = (i: number, id: string): { variable?: string; value: number } => {
    const figure = publishedFigure(releases[i]!.publication, id);
    if (figure && !figure.suppressed) return { value: figure.value ?? 0 };
    // A hidden n is at least 10 where its quartiles are shown (at most 9 where withheld and true).
    const quantile = quantileBounds(releases[i]!.publication, id, cells[i]!.get(id)?.value);
    const upper = Math.min(upperBound(releases[i]!, id), quantile.upper);
    const name = model.variable(`${i}|${id}`, upper, quantile.lower);
    return { variable: name, value: 0 };
  };
  const linear = (parts: readonly [number, string, number][], constant: number) => {
    const terms = new Map<string, number>();
    let rhs = constant;
    for (const [i, id, coefficient] of parts) {
      const t = term(i, id);
      if (t.variable) terms.set(t.variable, (terms.get(t.variable) ?? 0) + coefficient);
      else rhs -= coefficient * t.value;
    }
    return { terms, rhs };
  };

  systems.forEach((system, i) => {
    system.relations.forEach((relation, r) => {
      const terms = termsOf(relation);
      // The grant's remainder (training, D without A–C) is assumed known: the cautious side.
      const constant =
        relation.kind === "linear"
          ? terms.reduce((s, [id, c]) => s + c * cells[i]!.get(id)!.value, 0)
          : 0;
      const { terms: vars, rhs } = linear(
        terms.map(([id, c]) => [i, id, c]),
        constant,
      );
      if (vars.size > 0) model.constrain(`${i}/${r}`, vars, "=", rhs);
    });
  });
  for (let j = 1; j < systems.length; j++) {
    for (let i = 0; i < j; i++) {
      // "Figures only grow" is false where records were replaced (a correction, a swap): a reader
      // who knows of the correction cannot assume it, and one who assumes it reads every figure
      // of the group as unchanged, moved or not, and learns nothing of which moved.
      const replaced = replacedOf(j, i);
      for (const [id, after] of cells[j]!) {
        const before = cells[i]!.get(id);
        if (!before || replaced.has(groupOfCell(id))) continue;
        const { terms, rhs } = linear(
          [
            [j, id, 1],
            [i, id, -1],
          ],
          0,
        );
        if (terms.size === 0) continue;
        if (after.value >= before.value) model.constrain(`${i}>${j} ${id} ≥`, terms, ">=", rhs);
        // A count grew by at most the companies its group gained; a sum of a group that gained
        // none did not move (records only added: nobody brought it anything).
        const room = roomToGrow(id, companiesGained(releases[i]!, releases[j]!, id));
        if (room !== undefined && after.value - before.value <= room) {
          model.constrain(`${i}>${j} ${id} ≤`, terms, "<=", rhs + room);
        }
      }
    }
  }

  const out: AuditedFigure[] = [];
  const queries: { figure: AuditedFigure; terms: ReadonlyMap<string, number>; constant: number }[] =
    [];
  const check = (
    label: string,
    cell: string,
    release: number,
    parts: [number, string, number][],
    value: number,
    required: number,
    since?: number,
  ) => {
    if (keep && !keep(label, release)) return;
    const { terms, rhs } = linear(parts, 0);
    const figure: AuditedFigure = {
      label,
      cell,
      system: index,
      ...(since === undefined ? {} : { since }),
      release,
      value,
      lower: -rhs,
      upper: -rhs,
      required,
      pinned: false,
      disclosed: false,
    };
    out.push(figure);
    queries.push({ figure, terms, constant: -rhs });
  };
  /**
   * A count an earlier release published lies, for every reader, between what it was then and
   * that plus the companies its group gained since (figures only grow): no suppression now can
   * widen it further. Its protection interval is then what that leaves open (at least one
   * company either way: the new companies' part stays unknown, and so protected).
   */
  const frozenLimit = (j: number, cell: Cell): number => {
    let limit = Infinity;
    if (!isCount(cell.id)) return limit;
    for (let i = 0; i < j; i++) {
      const then = cells[i]!.get(cell.id);
      const shown = publishedFigure(releases[i]!.publication, cell.id);
      if (!then || !shown || shown.suppressed) continue;
      limit = Math.min(limit, Math.max(1, Math.abs(cell.groupSize - then.groupSize)) / 2);
    }
    return limit;
  };
  systems.forEach((system, j) => {
    for (const cell of system.cells) {
      if (cell.fixed) continue;
      if (!known[j]!.has(cell.id) && isSmallFigure(cell, minCompanies)) {
        check(
          `#${j + 1} ${cell.id}`,
          cell.id,
          j,
          [[j, cell.id, 1]],
          cell.value,
          Math.min(required(cell, cell.value), frozenLimit(j, cell)),
        );
      }
      (cell.changes ?? []).forEach((change, i) => {
        if (!isSmallFigure(change, minCompanies) || !cells[i]!.has(cell.id)) return;
        if (known[i]!.has(cell.id) && known[j]!.has(cell.id)) return; // known then and now
        const delta = cell.value - cells[i]!.get(cell.id)!.value;
        check(
          `#${i + 1}→#${j + 1} ${cell.id}`,
          cell.id,
          j,
          [
            [j, cell.id, 1],
            [i, cell.id, -1],
          ],
          delta,
          isCount(cell.id)
            ? (PROTECTION_RATIO_POINTS / 100) * Math.max(1, change.groupSize)
            : PROTECTION_MAGNITUDE_SHARE * Math.abs(delta),
          i,
        );
      });
    }
  });
  const ranges = model.ranges(
    highs,
    queries.map((q) => q.terms),
    // Wide enough: not pinned, and (being wider than TOLERANCE) not disclosed either.
    exact
      ? undefined
      : queries.map((q) => Math.max(2 * q.figure.required - TOLERANCE, 2 * TOLERANCE)),
  );
  queries.forEach(({ figure, constant }, q) => {
    const [lower, upper] = ranges[q]!;
    figure.lower = lower + constant;
    figure.upper = upper + constant;
    figure.pinned = figure.upper - figure.lower < 2 * figure.required - TOLERANCE;
    figure.disclosed = figure.upper - figure.lower <= TOLERANCE;
  });
  return out;
}

/** Counts of companies are ratios of their group (±10 points); sums are magnitudes (±20 %). */
function required(cell: Cell, value: number): number {
  return isCount(cell.id)
    ? (PROTECTION_RATIO_POINTS / 100) * cell.groupSize
    : PROTECTION_MAGNITUDE_SHARE * Math.abs(value);
}

export const isCount = (id: string): boolean => !id.startsWith("sums.");

function groupOf(id: string): string {
  return id.slice(id.indexOf("@") + 1);
}

/** A count never exceeds its group's companies, when those are published. */
function upperBound(release: ReleaseTables, id: string): number {
  if (!isCount(id)) return Infinity;
  const companies = publishedFigure(release.publication, `companies@${groupOf(id)}`);
  return companies && !companies.suppressed && companies.value !== null
    ? companies.value
    : Infinity;
}

/** How much a figure can have grown between two releases, when that is known. */
export function roomToGrow(id: string, gained: number | undefined): number | undefined {
  if (gained === undefined) return undefined;
  return isCount(id) ? gained : gained === 0 ? 0 : undefined;
}

function companiesGained(
  earlier: ReleaseTables,
  later: ReleaseTables,
  id: string,
): number | undefined {
  const group = `companies@${groupOf(id)}`;
  const before = publishedFigure(earlier.publication, group);
  const after = publishedFigure(later.publication, group);
  if (!before || !after || before.suppressed || after.suppressed) return undefined;
  const gained = (after.value ?? 0) - (before.value ?? 0);
  return gained >= 0 ? gained : undefined;
}

/** The attacker's program: unknowns with bounds, constraints, split into linked components. */
class Model {
  /** the statuses of the last basis by variable key and constraint key */
  constructor(private readonly lastBasis: Map<string, number>) {}

  private readonly names = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  private readonly bounds = new Map<string, { lower: number; upper: number }>();
  private readonly constraints: LinearProgram["constraints"][number][] = [];
  private readonly parent = new Map<string, string>();

  variable(key: string, upper: number, lower = 0): string {
    let name = this.names.get(key);
    if (!name) {
      name = `x${this.names.size}`;
      this.names.set(key, name);
      this.keys.set(name, key);
      this.bounds.set(name, { lower, upper });
      this.parent.set(name, name);
    }
    return name;
  }

  constrain(
    key: string,
    terms: ReadonlyMap<string, number>,
    sense: "=" | ">=" | "<=",
    rhs: number,
  ): void {
    this.constraints.push({ key, terms, sense, rhs });
    const [first, ...rest] = [...terms.keys()];
    for (const name of rest) this.parent.set(this.find(name), this.find(first!));
  }

  /**
   * Bases kept by the keys of variables ("1|id") and constraints ("1/4", "0>1 id ≥"), which
   * stay the same across audits where the variables' names do not (only variables' keys hold
   * "|").
   */
  private readonly basisStore: BasisStore = {
    get: (kind, name) => this.lastBasis.get(kind === "column" ? this.keys.get(name)! : name),
    set: (kind, name, status) =>
      this.lastBasis.set(kind === "column" ? this.keys.get(name)! : name, status),
  };

  private find(name: string): string {
    let root = name;
    while (this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(name, root);
    return root;
  }

  /** min and max of each Σ terms over the program: one persistent LP per linked component. */
  ranges(
    highs: Highs,
    objectives: readonly ReadonlyMap<string, number>[],
    enough?: readonly number[],
  ): [number, number][] {
    const byRoot = new Map<string, LinearProgram["constraints"][number][]>();
    for (const c of this.constraints) {
      const root = this.find([...c.terms.keys()][0]!);
      const list = byRoot.get(root) ?? [];
      list.push(c);
      byRoot.set(root, list);
    }
    const out: [number, number][] = objectives.map(() => [0, 0]);
    const batches = new Map<string, number[]>();
    objectives.forEach((terms, q) => {
      if (terms.size === 0) return;
      const roots = [...new Set([...terms.keys()].map((n) => this.find(n)))].sort();
      if (roots.every((r) => !byRoot.has(r))) {
        // No relation links these unknowns: each ranges over its own bounds.
        let lower = 0;
        let upper = 0;
        for (const [name, c] of terms) {
          const b = this.bounds.get(name)!;
          lower += c > 0 ? c * b.lower : c * b.upper;
          upper += c > 0 ? c * b.upper : c * b.lower;
        }
        out[q] = [lower, upper];
        return;
      }
      const key = roots.join(" ");
      batches.set(key, [...(batches.get(key) ?? []), q]);
    });
    for (const [key, members] of batches) {
      const roots = key.split(" ");
      const constraints = roots.flatMap((r) => byRoot.get(r) ?? []);
      const used = new Set(constraints.flatMap((c) => [...c.terms.keys()]));
      for (const q of members) for (const name of objectives[q]!.keys()) used.add(name);
      const bounds = new Map([...used].map((n) => [n, this.bounds.get(n)!]));
      const ranges = objectiveRanges(
        highs,
        { constraints, bounds },
        members.map((q) => objectives[q]!),
        enough && members.map((q) => enough[q]!),
        this.basisStore,
      );
      members.forEach((q, i) => (out[q] = ranges[i]!));
    }
    return out;
  }
}
