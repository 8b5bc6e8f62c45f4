import { findDetermined } from "./determined";
import {
  cellsOf,
  termsOf,
  type Cell,
  type LinearSystem,
  type Relation,
  type SumRelation,
} from "./linear-system";
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
  options: { secondary?: boolean } = {},
): Protection {
  const cells = new Map(system.cells.map((c) => [c.id, c]));
  const shown = publicCells(system, minCompanies);
  const primary = new Set(
    system.cells.filter((c) => !shown.has(c.id) && isSensitive(c, minCompanies)).map((c) => c.id),
  );
  const hidden = new Set(primary);
  // Tests switch secondary suppression off to show that the attacks would otherwise succeed.
  if (options.secondary === false) return { hidden, primary };
  const relationsOf = indexRelations(system.relations);
  const weight = totalWeights(system.relations);

  // A cell of an empty group is 0 whatever it shows, a public one is known: hiding either
  // protects nothing, so it never is.
  const canHide = (id: string) => !hidden.has(id) && !shown.has(id) && cells.get(id)!.groupSize > 0;

  for (;;) {
    const problems = findProblems(system, cells, hidden, minCompanies);
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
  if (findProblems(system, cells, hidden, minCompanies).length > 0) {
    throw new Error("disclosure control could not protect a table");
  }
  return { hidden, primary };
}

/**
 * Cells every reader knows anyway: public ones (`fixed`: numbers of companies), and figures that
 * a publishable 0 forces to 0. Figures are never negative, so when a relation holds with a
 * constant of 0 and all its other terms have one sign (the parts of a sum whose total is 0, the
 * achieved counts of a grant of 0), each of them is 0: a band shown as 0 for the year is 0 in
 * every round. Hiding them protects nothing. (A 0 of the grant system is not taken as known: hiding
 * it may be what protects an achieved count through the grant formula.)
 */
export function publicCells(system: LinearSystem, minCompanies = MIN_COMPANIES): Set<string> {
  const cells = new Map(system.cells.map((c) => [c.id, c]));
  // A 0 in a weighted relation (the grant) may be needed as its complement: it stays hideable.
  const weighted = new Set(
    system.relations.flatMap((r) => (r.kind === "linear" ? cellsOf(r) : [])),
  );
  const zero = new Set(
    system.cells
      .filter((c) => c.value === 0 && !weighted.has(c.id) && !isSensitive(c, minCompanies))
      .map((c) => c.id),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const relation of system.relations) {
      const terms = termsOf(relation);
      const open = terms.filter(([id]) => !zero.has(id));
      if (open.length === 0 || open.length === terms.length) continue;
      const constant = terms.reduce((sum, [id, c]) => sum + c * cells.get(id)!.value, 0);
      if (constant !== 0) continue;
      const sign = Math.sign(open[0]![1]);
      if (!open.every(([, c]) => Math.sign(c) === sign)) continue;
      for (const [id] of open) zero.add(id);
      grew = true;
    }
  }
  for (const c of system.cells) if (c.fixed) zero.add(c.id);
  return zero;
}

export function findProblems(
  system: LinearSystem,
  cells: ReadonlyMap<string, Cell>,
  hidden: ReadonlySet<string>,
  minCompanies = MIN_COMPANIES,
): Problem[] {
  const problems: Problem[] = [...findDetermined(system.relations, hidden)]
    .sort()
    .map((cell) => ({ kind: "determined", cell }));
  for (const relation of system.relations) {
    if (relation.kind !== "sum" || hidden.has(relation.total)) continue;
    const hiddenParts = relation.parts.filter((p) => hidden.has(p));
    if (hiddenParts.length < 2) continue;
    const union = unionOf(hiddenParts.map((p) => cells.get(p)!));
    // All of a public total hidden: their union is that public figure.
    const total = cells.get(relation.total)!;
    if (total.fixed && union.groupSize === total.groupSize) continue;
    if (isSensitive(union, minCompanies)) {
      problems.push({ kind: "union", relation });
    }
  }
  return problems;
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
        ? Number(isSensitive(unionOf([...hiddenParts, cell]), minCompanies))
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
