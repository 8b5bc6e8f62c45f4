import type {
  GroupFigures,
  Publication,
  ScopePublication,
} from "../../../dashboard/server/aggregation/publication";
import { Q } from "./rational";

/**
 * An outsider with every published table of a fiscal year and the arithmetic facts a reader
 * knows: each total is the sum of its size bands and of its industries, the year is the sum of
 * its rounds, a distribution adds up to its n, and the grant is 3 × (achieved A + B + C) +
 * (achieved D) units plus a remainder the outsider is (pessimistically) assumed to know.
 * Written independently of the server's suppression code: exact fractions, no modulus.
 */
export interface Attack {
  /** suppressed figures whose value the equations pin down; value null when the remainder is needed */
  recovered: Map<string, Q | null>;
  /** for sums with a published total: what the suppressed parts add up to, per relation */
  hiddenSums: { measure: string; relation: string; value: number }[];
  suppressedCount: number;
}

type Known = { kind: "known"; value: number } | { kind: "hidden" };

const MEASURES: readonly string[] = [
  "companies",
  ...["A", "B", "C", "D"].flatMap((a) => [`selected.${a}`, `achieved.${a}`]),
  "trainingComplete",
  ...[
    "newFemaleManagers",
    "newFemaleAllowanceRecipients",
    "categoriesTotal",
    "categoriesBelow40",
    "projectedGrantYen",
  ].map((m) => `sums.${m}`),
  ...[
    "managerRatioBefore",
    "managerRatioAfter",
    "wageGapAll",
    "wageGapRegular",
    "wageGapNonRegular",
  ].map((s) => `stats.${s}.n`),
];

/** Counts of companies: a published difference of 1 or 2 among them is itself disclosive. */
export const COUNT_MEASURES = MEASURES.filter((m) => !m.startsWith("sums.")).concat(["band"]);

function figureAt(figures: GroupFigures, path: string): Known {
  let node: unknown = figures;
  for (const key of path.split(".")) node = (node as Record<string, unknown>)[key];
  const figure = node as { value: number | null; suppressed: boolean };
  if (figure.suppressed) return { kind: "hidden" };
  if (figure.value === null) throw new Error(`additive figure ${path} without a value`);
  return {
    kind: "known",
    value: path === "sums.projectedGrantYen" ? figure.value / 100_000 : figure.value,
  };
}

interface Equation {
  name: string;
  measure: string;
  terms: [string, number][];
  /** the sum's total cell, when the equation is total = Σ parts */
  total?: string;
  constantKnown: boolean;
}

export function attack(publication: Pick<Publication, "fiscalYearScope" | "rounds">): Attack {
  const cells = new Map<string, Known>();
  const scopes: [string, ScopePublication][] = [
    ...publication.rounds.map((r): [string, ScopePublication] => [`r${r.round}`, r]),
    ["FY", publication.fiscalYearScope],
  ];
  const groupKeys = (scope: ScopePublication) => [
    ["total", "", scope.figures] as const,
    ...scope.bySizeBand.map((row) => ["sizeBand", row.key, row.figures] as const),
    ...scope.byIndustry.map((row) => ["industry", row.key, row.figures] as const),
  ];
  for (const [label, scope] of scopes) {
    for (const [dim, key, figures] of groupKeys(scope)) {
      for (const measure of MEASURES)
        cells.set(`${label}|${dim}|${key}|${measure}`, figureAt(figures, measure));
    }
    for (const [stat, rows] of Object.entries(scope.distributions)) {
      for (const row of rows) {
        cells.set(
          `${label}|band|${stat}|${row.band}`,
          row.companies.suppressed
            ? { kind: "hidden" }
            : { kind: "known", value: row.companies.value! },
        );
      }
    }
  }

  const equations: Equation[] = [];
  const sum = (name: string, measure: string, total: string, parts: string[]) =>
    equations.push({
      name,
      measure,
      total,
      terms: [[total, -1], ...parts.map((p): [string, number] => [p, 1])],
      constantKnown: true,
    });
  const fy = publication.fiscalYearScope;
  for (const measure of MEASURES) {
    for (const [label, scope] of scopes) {
      const total = `${label}|total||${measure}`;
      sum(
        `${label} size bands`,
        measure,
        total,
        scope.bySizeBand.map((r) => `${label}|sizeBand|${r.key}|${measure}`),
      );
      sum(
        `${label} industries`,
        measure,
        total,
        scope.byIndustry.map((r) => `${label}|industry|${r.key}|${measure}`),
      );
    }
    for (const [dim, key] of groupKeys(fy)) {
      sum(
        `year over rounds ${dim} ${key}`,
        measure,
        `FY|${dim}|${key}|${measure}`,
        publication.rounds.map((r) => `r${r.round}|${dim}|${key}|${measure}`),
      );
    }
  }
  for (const [stat, rows] of Object.entries(fy.distributions)) {
    for (const [label] of scopes) {
      sum(
        `${label} distribution ${stat}`,
        "band",
        `${label}|total||stats.${stat}.n`,
        rows.map((r) => `${label}|band|${stat}|${r.band}`),
      );
    }
    for (const row of rows) {
      sum(
        `year over rounds band ${stat} ${row.band}`,
        "band",
        `FY|band|${stat}|${row.band}`,
        publication.rounds.map((r) => `r${r.round}|band|${stat}|${row.band}`),
      );
    }
  }
  for (const [label, scope] of scopes) {
    for (const [dim, key] of groupKeys(scope)) {
      const g = `${label}|${dim}|${key}|`;
      equations.push({
        name: `grant ${g}`,
        measure: "grant",
        terms: [
          [`${g}sums.projectedGrantYen`, 1],
          [`${g}achieved.A`, -3],
          [`${g}achieved.B`, -3],
          [`${g}achieved.C`, -3],
          [`${g}achieved.D`, -1],
        ],
        constantKnown: false,
      });
    }
  }

  const hiddenSums: Attack["hiddenSums"] = [];
  for (const eq of equations) {
    if (!eq.total || cells.get(eq.total)?.kind !== "known") continue;
    const parts = eq.terms.filter(([id]) => id !== eq.total);
    const hidden = parts.filter(([id]) => cells.get(id)?.kind === "hidden");
    if (hidden.length < 2) continue;
    const total = (cells.get(eq.total) as { value: number }).value;
    const visible = parts.reduce((s, [id]) => {
      const c = cells.get(id)!;
      return c.kind === "known" ? s + c.value : s;
    }, 0);
    hiddenSums.push({ measure: eq.measure, relation: eq.name, value: total - visible });
  }

  return {
    recovered: solve(equations, cells),
    hiddenSums,
    suppressedCount: [...cells.values()].filter((c) => c.kind === "hidden").length,
  };
}

interface Row {
  coefficients: Map<string, Q>;
  constant: Q | null;
}

/** Gauss–Jordan on sparse rows, exact; a hidden cell is recovered iff its reduced row is alone. */
function solve(
  equations: readonly Equation[],
  cells: ReadonlyMap<string, Known>,
): Map<string, Q | null> {
  const basis = new Map<string, Row>();
  for (const eq of equations) {
    const row: Row = { coefficients: new Map(), constant: eq.constantKnown ? Q.ZERO : null };
    for (const [id, coefficient] of eq.terms) {
      const cell = cells.get(id);
      if (!cell) throw new Error(`unknown cell ${id}`);
      if (cell.kind === "known") {
        if (row.constant)
          row.constant = row.constant.sub(
            Q.of(coefficient).mul(Q.of(Math.round(cell.value * 1000), 1000)),
          );
      } else {
        const c = (row.coefficients.get(id) ?? Q.ZERO).add(Q.of(coefficient));
        if (c.isZero()) row.coefficients.delete(id);
        else row.coefficients.set(id, c);
      }
    }
    insert(basis, row);
  }
  const recovered = new Map<string, Q | null>();
  for (const [pivot, row] of basis) {
    if (row.coefficients.size === 1) recovered.set(pivot, row.constant);
  }
  return recovered;
}

function subtractMultiple(target: Row, source: Row, factor: Q): void {
  for (const [id, c] of source.coefficients) {
    const next = (target.coefficients.get(id) ?? Q.ZERO).sub(factor.mul(c));
    if (next.isZero()) target.coefficients.delete(id);
    else target.coefficients.set(id, next);
  }
  target.constant =
    target.constant && source.constant ? target.constant.sub(factor.mul(source.constant)) : null;
}

function insert(basis: Map<string, Row>, row: Row): void {
  for (const id of [...row.coefficients.keys()]) {
    const pivotRow = basis.get(id);
    const c = row.coefficients.get(id);
    if (pivotRow && c) subtractMultiple(row, pivotRow, c);
  }
  if (row.coefficients.size === 0) return;
  const pivot = [...row.coefficients.keys()].sort()[0]!;
  const scale = row.coefficients.get(pivot)!;
  for (const [id, c] of row.coefficients) row.coefficients.set(id, c.div(scale));
  if (row.constant) row.constant = row.constant.div(scale);
  for (const other of basis.values()) {
    const c = other.coefficients.get(pivot);
    if (c) subtractMultiple(other, row, c);
  }
  basis.set(pivot, row);
}
