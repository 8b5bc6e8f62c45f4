import { findDetermined } from "./determined";
import {
  cellsOf,
  termsOf,
  type Cell,
  type LinearSystem,
  type Relation,
  type SumRelation,
} from "./linear-system";
import { cached } from "./cached";
import { isSensitive, MIN_COMPANIES, unionOf } from "./sensitivity";

export interface Protection {
  /** every cell that must not be published: primary and secondary */
  hidden: Set<string>;
  /** the cells suppressed for their own sake (for tests and diagnostics; never published) */
  primary: Set<string>;
}

type Problem = { kind: "determined"; cell: string } | { kind: "union"; relation: SumRelation };

/**
 * Primary suppression, then secondary suppression until
 *   (1) no hidden cell can be computed exactly from the published cells and the relations
 *       (row/column totals, fiscal year over rounds, two breakdowns of one total, the grant), and
 *   (2) in every sum whose total is published, the hidden parts together are not themselves a
 *       figure about fewer than `minCompanies` companies (their difference from the total is
 *       published implicitly).
 * Greedy, like τ-ARGUS's hypercube method in spirit: for each problem, hide one more cell of
 * the relation that exposes it, preferring cells that fix the problem without opening new ones,
 * inner cells over totals, and small values (least information lost). Terminates: every pass
 * hides at least one more cell; if even hiding every cell leaves a problem, it throws rather
 * than publish.
 */
export function protect(
  system: LinearSystem,
  minCompanies = MIN_COMPANIES,
  options: { secondary?: boolean; alsoHide?: ReadonlySet<string> } = {},
): Protection {
  const cells = new Map(system.cells.map((c) => [c.id, c]));
  const shown = new Set(shownOf(system, minCompanies));
  for (const id of options.alsoHide ?? []) shown.delete(id);
  const primary = new Set(
    system.cells.filter((c) => !shown.has(c.id) && isSensitive(c, minCompanies)).map((c) => c.id),
  );
  const hidden = new Set(primary);
  // Cells the protection-interval loop (interval-protection.ts) hides to widen an interval.
  for (const id of options.alsoHide ?? []) {
    const cell = cells.get(id);
    if (cell && !cell.fixed && cell.groupSize > 0) hidden.add(id);
  }
  // Tests switch secondary suppression off to show that the attacks would otherwise succeed.
  if (options.secondary === false) return { hidden, primary };
  const relationsOf = indexRelations(system.relations);
  const weight = totalWeights(system.relations);

  // A cell of an empty group is 0 whatever it shows, a public one is known: hiding either
  // protects nothing, so it never is.
  const canHide = (id: string) => !hidden.has(id) && !shown.has(id) && cells.get(id)!.groupSize > 0;

  for (;;) {
    const problems = findProblems(system, cells, hidden, minCompanies, shown);
    if (problems.length === 0) break;
    const touched = new Set<Relation>();
    let progress = false;
    for (const problem of problems) {
      const relation =
        problem.kind === "union"
          ? problem.relation
          : exposingRelation(problem.cell, relationsOf, hidden, canHide);
      if (!relation || touched.has(relation)) continue;
      const choice = chooseCell(
        relation,
        cells,
        hidden,
        relationsOf,
        weight,
        minCompanies,
        canHide,
      );
      if (choice === undefined) continue;
      hidden.add(choice);
      for (const r of relationsOf.get(choice) ?? []) touched.add(r);
      progress = true;
    }
    if (progress) continue;
    // Nothing local helps: hide the neighbourhood of the problems, then, if need be, everything.
    const before = hidden.size;
    for (const problem of problems) {
      const ids = problem.kind === "union" ? cellsOf(problem.relation) : [problem.cell];
      for (const id of ids) {
        for (const r of relationsOf.get(id) ?? [])
          for (const c of cellsOf(r)) if (canHide(c)) hidden.add(c);
      }
    }
    if (hidden.size === before) for (const c of system.cells) if (canHide(c.id)) hidden.add(c.id);
    if (hidden.size === before) break;
  }
  // Fail closed: a table that cannot be protected is not published at all.
  if (findProblems(system, cells, hidden, minCompanies, shown).length > 0) {
    throw new Error("disclosure control could not protect a table");
  }
  return { hidden, primary };
}

/**
 * What suppression never hides in a system depends on the system alone (its cells and
 * relations, never changed once built): protectIntervals suppresses the same systems again
 * every round, so it is found once. Callers get the cached set: copy before changing it.
 */
const shownCells = new WeakMap<LinearSystem, Map<number, ReadonlySet<string>>>();

function shownOf(system: LinearSystem, minCompanies: number): ReadonlySet<string> {
  const byMinimum = cached(shownCells, system, () => new Map<number, ReadonlySet<string>>());
  return cached(byMinimum, minCompanies, () => publicCells(system, minCompanies));
}

/**
 * Cells every reader knows anyway, so that hiding them protects nothing: public ones (`fixed`:
 * numbers of companies), publishable figures at 0 or at their bound (a count at its group's
 * public number of companies), and whatever these force. Figures are never negative and a
 * count never exceeds its bound, so in a relation whose unknown terms all have one sign, an
 * unknown part of 0 makes each of them 0 (a band shown as 0 for the year is 0 in every round),
 * and a part at its largest value puts each at its bound (every company selected A); a relation
 * with one unknown term gives it.
 *
 * Protection only takes 0s as known (`reader: false`) and none of the grant system: hiding one
 * may be what protects an achieved count through the grant formula. The audit, which asks what a
 * reader can know without any LP (`reader: true`), takes all of it.
 */
export function publicCells(
  system: LinearSystem,
  minCompanies = MIN_COMPANIES,
  {
    reader = false,
    published,
  }: {
    reader?: boolean;
    /** what the reader actually sees; without it, every figure that is not sensitive */
    published?: (id: string) => boolean;
  } = {},
): Set<string> {
  const visible = (c: Cell) => (published ? published(c.id) : !isSensitive(c, minCompanies));
  const weighted = reader;
  const cells = new Map(system.cells.map((c) => [c.id, c]));
  const inWeighted = new Set(
    system.relations.flatMap((r) => (r.kind === "linear" ? cellsOf(r) : [])),
  );
  const known = new Set(
    system.cells
      .filter(
        (c) =>
          c.fixed ||
          ((weighted || !inWeighted.has(c.id)) &&
            (c.value === 0 || (reader && c.value === c.bound)) &&
            visible(c)),
      )
      .map((c) => c.id),
  );
  const relations = system.relations.map(termsOf);
  for (let grew = true; grew;) {
    grew = false;
    for (const terms of relations) {
      const open = terms.filter(([id]) => !known.has(id));
      if (open.length === 0 || open.length === terms.length) continue;
      const sign = Math.sign(open[0]![1]);
      const oneSign = open.every(([, c]) => Math.sign(c) === sign);
      // What the unknown terms add up to (Σ over all terms is the relation's known constant).
      const sum = open.reduce((s, [id, c]) => s + c * cells.get(id)!.value, 0);
      const most = open.reduce((s, [id, c]) => s + c * (cells.get(id)!.bound ?? NaN), 0);
      const forced = oneSign && (sum === 0 || (reader && sum === most));
      if ((reader && open.length === 1) || forced) {
        for (const [id] of open) known.add(id);
        grew = true;
      }
    }
  }
  return known;
}

export function findProblems(
  system: LinearSystem,
  cells: ReadonlyMap<string, Cell>,
  hidden: ReadonlySet<string>,
  minCompanies = MIN_COMPANIES,
  known: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [...findDetermined(system.relations, hidden)]
    .sort()
    .map((cell) => ({ kind: "determined", cell }));
  for (const relation of system.relations) {
    if (relation.kind !== "sum" || hidden.has(relation.total)) continue;
    const hiddenParts = relation.parts.filter((p) => hidden.has(p));
    if (hiddenParts.length < 2) continue;
    const union = unionOf(hiddenParts.map((p) => cells.get(p)!));
    // A known total whose visible parts are 0: the union is that known figure, nothing new.
    const total = cells.get(relation.total)!;
    const restZero = relation.parts.every((p) => hidden.has(p) || cells.get(p)!.value === 0);
    if ((total.fixed || known.has(total.id)) && restZero) continue;
    if (isSensitive(union, minCompanies) || pinnedTogether(hiddenParts.map((p) => cells.get(p)!))) {
      problems.push({ kind: "union", relation });
    }
  }
  return problems;
}

/**
 * Hidden parts of a sum with a published total, which a reader knows the sum of: when that sum is
 * 0, or every part's bound (its group's public number of companies) minus the sum, each part is
 * pinned at 0 or at its bound, since none is negative nor above its bound.
 */
function pinnedTogether(parts: readonly Cell[]): boolean {
  const sum = parts.reduce((s, c) => s + c.value, 0);
  if (sum === 0) return true;
  if (parts.some((c) => c.bound === undefined)) return false;
  return parts.reduce((s, c) => s + c.bound!, 0) === sum;
}

function indexRelations(relations: readonly Relation[]): Map<string, Relation[]> {
  const index = new Map<string, Relation[]>();
  for (const relation of relations) {
    for (const id of new Set(cellsOf(relation))) {
      const list = index.get(id) ?? [];
      list.push(relation);
      index.set(id, list);
    }
  }
  return index;
}

/** How many sums a cell is the total of: margins carry more information than inner cells. */
function totalWeights(relations: readonly Relation[]): Map<string, number> {
  const weight = new Map<string, number>();
  for (const relation of relations) {
    if (relation.kind === "sum") weight.set(relation.total, (weight.get(relation.total) ?? 0) + 1);
  }
  return weight;
}

const hiddenCount = (relation: Relation, hidden: ReadonlySet<string>) =>
  cellsOf(relation).filter((id) => hidden.has(id)).length;

/**
 * The relation through which a determined cell leaks: one where it is the only hidden cell if
 * there is one, else the one with the fewest hidden cells; if none of its own relations has a
 * visible cell left, the nearest relation of its hidden neighbourhood that does.
 */
function exposingRelation(
  cell: string,
  relationsOf: ReadonlyMap<string, Relation[]>,
  hidden: ReadonlySet<string>,
  canHide: (id: string) => boolean,
): Relation | undefined {
  const seen = new Set<string>([cell]);
  let frontier = [cell];
  while (frontier.length > 0) {
    const candidates = frontier
      .flatMap((id) => relationsOf.get(id) ?? [])
      .filter((r) => cellsOf(r).some(canHide))
      .sort((a, b) => hiddenCount(a, hidden) - hiddenCount(b, hidden));
    if (candidates.length > 0) return candidates[0];
    const next: string[] = [];
    for (const id of frontier) {
      for (const r of relationsOf.get(id) ?? []) {
        for (const other of cellsOf(r)) {
          if (hidden.has(other) && !seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
    }
    frontier = next;
  }
  return undefined;
}

/** The visible cell of `relation` whose suppression costs least and helps most. */
function chooseCell(
  relation: Relation,
  cells: ReadonlyMap<string, Cell>,
  hidden: ReadonlySet<string>,
  relationsOf: ReadonlyMap<string, Relation[]>,
  weight: ReadonlyMap<string, number>,
  minCompanies: number,
  canHide: (id: string) => boolean,
): string | undefined {
  const visible = [...new Set(cellsOf(relation))].filter(canHide);
  if (visible.length === 0) return undefined;
  // In a sum, hide another part before the total: the total is what readers look at.
  const parts = relation.kind === "sum" ? visible.filter((id) => id !== relation.total) : visible;
  const pool = parts.length > 0 ? parts : visible;
  const hiddenParts =
    relation.kind === "sum"
      ? relation.parts.filter((p) => hidden.has(p)).map((p) => cells.get(p)!)
      : [];

  const score = (id: string): number[] => {
    const cell = cells.get(id)!;
    const unionStillSensitive =
      relation.kind === "sum" && id !== relation.total && !hidden.has(relation.total)
        ? Number(
            isSensitive(unionOf([...hiddenParts, cell]), minCompanies) ||
              pinnedTogether([...hiddenParts, cell]),
          )
        : 0;
    const opensNew = (relationsOf.get(id) ?? []).filter(
      (r) => r !== relation && hiddenCount(r, hidden) === 0,
    ).length;
    return [
      unionStillSensitive,
      opensNew,
      weight.get(id) ?? 0,
      cell.value === 0 ? 1 : 0, // hiding a 0 protects little: non-negative parts of 0 are 0
      cell.value,
    ];
  };
  const ranked = pool
    .map((id) => ({ id, key: score(id) }))
    .sort((a, b) => compareKeys(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ranked[0]?.id;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d;
  }
  return 0;
}
