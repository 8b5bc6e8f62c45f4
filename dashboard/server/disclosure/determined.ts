import { termsOf, type Relation } from "./linear-system";

/**
 * Which hidden cells an outsider can compute exactly from the published cells and the
 * relations. A hidden cell is determined iff its unit vector lies in the row space of the
 * relations restricted to the hidden cells; in reduced row echelon form: iff it is a pivot whose
 * row has no other non-zero entry.
 *
 * Arithmetic is exact, modulo a prime below 2^25 (products stay below 2^53). Ranks over the
 * rationals and modulo p agree unless p divides a minor; coefficients here are 0, ±1 and 3, so
 * minors are small and p is far larger. The adversarial tests re-check with exact fractions.
 */
const P = 33_554_393;

export function findDetermined(
  relations: readonly Relation[],
  hidden: ReadonlySet<string>,
): Set<string> {
  const determined = new Set<string>();
  for (const component of components(relations, hidden)) {
    for (const id of determinedIn(component.cells, component.relations, hidden)) determined.add(id);
  }
  return determined;
}

interface Component {
  cells: string[];
  relations: Relation[];
}

/** Hidden cells linked by relations; each component is an independent (smaller) system. */
function components(relations: readonly Relation[], hidden: ReadonlySet<string>): Component[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const relevant: { relation: Relation; unknowns: string[] }[] = [];
  for (const relation of relations) {
    const unknowns = [...new Set(termsOf(relation).map(([id]) => id))].filter((id) =>
      hidden.has(id),
    );
    if (unknowns.length === 0) continue;
    for (const id of unknowns) if (!parent.has(id)) parent.set(id, id);
    for (const id of unknowns.slice(1)) parent.set(find(id), find(unknowns[0]!));
    relevant.push({ relation, unknowns });
  }
  const byRoot = new Map<string, Component>();
  for (const { relation, unknowns } of relevant) {
    const root = find(unknowns[0]!);
    let component = byRoot.get(root);
    if (!component) {
      component = { cells: [], relations: [] };
      byRoot.set(root, component);
    }
    component.relations.push(relation);
  }
  for (const id of parent.keys()) byRoot.get(find(id))?.cells.push(id);
  return [...byRoot.values()];
}

function determinedIn(
  cells: readonly string[],
  relations: readonly Relation[],
  hidden: ReadonlySet<string>,
): string[] {
  const column = new Map(cells.map((id, i) => [id, i]));
  const width = cells.length;
  const rows: Float64Array[] = relations.map((relation) => {
    const row = new Float64Array(width);
    for (const [id, coefficient] of termsOf(relation)) {
      if (!hidden.has(id)) continue;
      const j = column.get(id)!;
      row[j] = mod(row[j]! + coefficient);
    }
    return row;
  });

  // Gauss–Jordan elimination. Rows are sparse (a relation links a few cells): each pivot row's
  // non-zero columns are listed once and only those are updated in the other rows.
  const pivots: { row: number; col: number }[] = [];
  const nonZero = new Int32Array(width);
  let r = 0;
  for (let c = 0; c < width && r < rows.length; c++) {
    let found = -1;
    for (let i = r; i < rows.length; i++) {
      if (rows[i]![c] !== 0) {
        found = i;
        break;
      }
    }
    if (found < 0) continue;
    [rows[r], rows[found]] = [rows[found]!, rows[r]!];
    const pivotRow = rows[r]!;
    const scale = inverse(pivotRow[c]!);
    let count = 0;
    for (let j = c; j < width; j++) {
      if (pivotRow[j] === 0) continue;
      if (scale !== 1) pivotRow[j] = mulmod(pivotRow[j]!, scale);
      nonZero[count++] = j;
    }
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue;
      const row = rows[i]!;
      const factor = row[c]!;
      if (factor === 0) continue;
      for (let k = 0; k < count; k++) {
        const j = nonZero[k]!;
        const v = row[j]! - mulmod(factor, pivotRow[j]!);
        row[j] = v < 0 ? v + P : v;
      }
    }
    pivots.push({ row: r, col: c });
    r++;
  }

  const result: string[] = [];
  for (const { row, col } of pivots) {
    const entries = rows[row]!;
    let alone = true;
    for (let j = col + 1; j < width; j++) {
      if (entries[j] !== 0) {
        alone = false;
        break;
      }
    }
    if (alone) result.push(cells[col]!);
  }
  return result;
}

function mod(a: number): number {
  const r = a % P;
  return r < 0 ? r + P : r;
}

function mulmod(a: number, b: number): number {
  return (a * b) % P;
}

function inverse(a: number): number {
  // Most pivots are ±1 (the relations' coefficients): their own inverses.
  if (a === 1 || a === P - 1) return a;
  // Fermat: a^(p-2) mod p
  let result = 1;
  let base = mod(a);
  let exponent = P - 2;
  while (exponent > 0) {
    if (exponent & 1) result = mulmod(result, base);
    base = mulmod(base, base);
    exponent = Math.floor(exponent / 2);
  }
  return result;
}
