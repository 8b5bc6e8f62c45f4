import loadHighs, { type Basis, type Highs, type Model, type ModelData } from "highs";

/**
 * HiGHS (University of Edinburgh's LP/MIP solver, compiled to WebAssembly). Loading it is
 * asynchronous (~50 ms), solving is synchronous; it starts loading when this module is first
 * imported, so that a release created later finds it ready. `auditSolverReady` lets callers
 * (tests, the audit script) wait for it.
 */
let solver: Highs | undefined;
let failure: unknown;

export const auditSolverReady: Promise<void> = loadHighs().then(
  (highs) => {
    solver = highs;
  },
  (error: unknown) => {
    failure = error;
  },
);

/** The loaded solver, or undefined while it is still loading (or failed to load). */
export function loadedSolver(): Highs | undefined {
  return solver;
}

export function solverFailure(): unknown {
  return failure;
}

/**
 * Basis statuses (HiGHS's: 0 lower, 1 basic, 2 upper …) kept by variable name and constraint
 * key: a program starts from what the last similar one ended with, and leaves its own.
 */
export interface BasisStore {
  get(kind: "column" | "row", name: string): number | undefined;
  set(kind: "column" | "row", name: string, status: number): void;
}

export interface LinearProgram {
  /** Σ coefficient × variable (the constant part is added by the caller) */
  objective: ReadonlyMap<string, number>;
  /** Σ coefficient × variable (=, ≥ or ≤) right-hand side */
  constraints: readonly {
    /** names the constraint across programs (for a starting basis) */
    key?: string;
    terms: ReadonlyMap<string, number>;
    sense: "=" | ">=" | "<=";
    rhs: number;
  }[];
  /** every variable with its bounds (upper: Infinity for none) */
  bounds: ReadonlyMap<string, { lower: number; upper: number }>;
}

/**
 * The minimum and maximum of each objective over one program. The program is passed once to a
 * persistent HiGHS model (as arrays: no LP text to write and parse) and only the objective
 * changes between solves, so each solve starts from the previous basis. Unbounded → ±Infinity.
 * The published tables always admit their true values, so the program is feasible: a status
 * other than optimal or unbounded is thrown, never taken for "safe".
 *
 * `enough[q]`: the width beyond which objective q's exact range is not needed (the audit only
 * asks whether a figure is narrower than its protection interval). Every solve ends at a point
 * that satisfies the whole program, so objective q's value there lies in its range; once the
 * points found so far span at least `enough[q]`, q is answered with the lowest and highest
 * values seen (inside its true range, at least that wide) and not solved for, as sdcTable's
 * attacker does. Without it (or Infinity) every range is exact.
 */
export function objectiveRanges(
  highs: Highs,
  program: Omit<LinearProgram, "objective">,
  objectives: readonly ReadonlyMap<string, number>[],
  enough?: readonly number[],
  /** where to find a starting basis and leave the last one */
  bases?: BasisStore,
): [number, number][] {
  const { data, column } = modelData(program);
  const model = highs.createModel(data);
  try {
    const started = bases !== undefined && startFrom(model, data, column, program, bases);
    // Warm starts need the simplex without presolve (~0.4 ms a solve instead of ~30). The first
    // solve starts from the basis a similar program ended with (the same releases one round of
    // protectIntervals earlier, ~60 % fewer iterations) or else from the slack basis, where the
    // dual simplex (strategy 1) is faster; after it only the objective changes, so the last
    // basis stays primal feasible and the primal simplex (strategy 4) starts from it where the
    // dual would first repair it. Optimum values are the same either way.
    model.options.set({
      output_flag: false,
      presolve: "off",
      solver: "simplex",
      simplex_strategy: 1,
    });
    let cold = true;
    const { minimize, maximize } = highs.constants.objectiveSense;
    const status = highs.constants.modelStatus;
    const terms = objectives.map((objective) =>
      [...objective].map(([name, c]) => [column.get(name)!, c] as const),
    );
    // The lowest and highest value of each objective seen at the points found so far.
    const seen = objectives.map(() => [Infinity, -Infinity] as [number, number]);
    const watched = enough
      ? objectives.flatMap((_, q) => (Number.isFinite(enough[q] ?? Infinity) ? [q] : []))
      : [];
    const observe = () => {
      if (watched.length === 0) return;
      const { colValue } = model.getSolution();
      for (const q of watched) {
        let value = 0;
        for (const [j, c] of terms[q]!) value += c * colValue[j]!;
        const range = seen[q]!;
        if (value < range[0]) range[0] = value;
        if (value > range[1]) range[1] = value;
      }
    };
    const wideEnough = (q: number, lower: number, upper: number) =>
      enough !== undefined && upper - lower >= (enough[q] ?? Infinity);
    const solve = (sense: typeof minimize, unbounded: number): number => {
      model.changeObjectiveSense(sense);
      const fromStart = cold && started;
      let s: number = status.notSet;
      try {
        model.run();
        s = model.getModelStatus();
      } catch (error) {
        if (!fromStart) throw error;
      }
      if (fromStart && s !== status.optimal && s !== status.unbounded) {
        // The basis of an earlier program did not serve: from scratch, as without it.
        model.setLogicalBasis();
        model.run();
        s = model.getModelStatus();
      }
      if (cold) {
        cold = false;
        model.options.set({ simplex_strategy: 4 });
      }
      if (s === status.optimal) {
        observe();
        return model.getObjectiveValue();
      }
      if (s === status.unbounded || s === status.unboundedOrInfeasible) return unbounded;
      throw new Error(`audit LP: model status ${s}`);
    };
    // The objective solved last is cleared only when the next one is set, so that after the
    // last solve the model still holds its basis (HiGHS forgets it on any change).
    let costed: number | undefined;
    const ranges = objectives.map((_, q): [number, number] => {
      const [low, high] = seen[q]!;
      if (wideEnough(q, low, high)) return [low, high];
      if (costed !== undefined) for (const [j] of terms[costed]!) model.changeColCost(j, 0);
      for (const [j, c] of terms[q]!) model.changeColCost(j, c);
      costed = q;
      const lower = solve(minimize, -Infinity);
      const upper = wideEnough(q, lower, seen[q]![1]) ? seen[q]![1] : solve(maximize, Infinity);
      return [lower, upper];
    });
    const last = bases && !cold ? basisOf(model) : undefined;
    if (bases && last) keepBasis(last, column, program, bases);
    return ranges;
  } finally {
    model.dispose();
  }
}

/**
 * Starts `model` from the statuses `bases` holds for its variables and constraints: a variable
 * new to it at its lower bound, a constraint new to it basic (its slack), so that a program that
 * only grew by a few hidden cells starts from where the last one ended. Only a basis with one
 * basic entry per row is passed; HiGHS checks the rest (and the caller falls back to scratch).
 */
function startFrom(
  model: Model,
  data: ModelData,
  column: ReadonlyMap<string, number>,
  program: Omit<LinearProgram, "objective">,
  bases: BasisStore,
): boolean {
  const colStatus = new Int32Array(data.numCols);
  const rowStatus = new Int32Array(data.numRows);
  let known = 0;
  let basic = 0;
  for (const [name, j] of column) {
    let s = bases.get("column", name);
    if (s !== undefined) known++;
    // At an upper bound that no longer exists (or any other doubt): at the lower one.
    if (s === undefined || (s === UPPER && !Number.isFinite(data.colUpper[j]!))) s = LOWER;
    if (s === BASIC) basic++;
    colStatus[j] = s;
  }
  program.constraints.forEach((c, i) => {
    const s = c.key === undefined ? undefined : bases.get("row", c.key);
    if (s !== undefined) known++;
    rowStatus[i] = s ?? BASIC;
    if ((s ?? BASIC) === BASIC) basic++;
  });
  if (known === 0 || basic !== data.numRows) return false;
  try {
    model.setBasis({ colStatus, rowStatus });
    return true;
  } catch {
    return false;
  }
}

/** The basis a solve ended with; none when HiGHS has none to give (then none is kept). */
function basisOf(model: Model): Basis | undefined {
  try {
    return model.getBasis();
  } catch {
    return undefined;
  }
}

function keepBasis(
  { colStatus, rowStatus }: Basis,
  column: ReadonlyMap<string, number>,
  program: Omit<LinearProgram, "objective">,
  bases: BasisStore,
): void {
  for (const [name, j] of column) bases.set("column", name, colStatus[j]!);
  program.constraints.forEach((c, i) => {
    if (c.key !== undefined) bases.set("row", c.key, rowStatus[i]!);
  });
}

/** HiGHS's basis statuses and call status (highs.constants.basisStatus, status). */
const LOWER = 0;
const BASIC = 1;
const UPPER = 2;

/**
 * The program as HiGHS's arrays (rows compressed), columns in the order the variables first
 * appear in the constraints (as the LP text reader numbers them), the rest after.
 */
function modelData(program: Omit<LinearProgram, "objective">): {
  data: ModelData;
  column: Map<string, number>;
} {
  const column = new Map<string, number>();
  const add = (name: string) => {
    if (!column.has(name)) column.set(name, column.size);
  };
  for (const c of program.constraints) for (const name of c.terms.keys()) add(name);
  for (const name of program.bounds.keys()) add(name);
  const numCols = column.size;
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  for (const [name, j] of column) {
    const b = program.bounds.get(name) ?? { lower: 0, upper: Infinity };
    colLower[j] = b.lower;
    colUpper[j] = b.upper;
  }
  const numRows = program.constraints.length;
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  program.constraints.forEach((c, i) => {
    rowLower[i] = c.sense === "<=" ? -Infinity : c.rhs;
    rowUpper[i] = c.sense === ">=" ? Infinity : c.rhs;
    for (const [name, v] of c.terms) {
      if (v === 0) continue;
      indices.push(column.get(name)!);
      values.push(v);
    }
    starts.push(indices.length);
  });
  const data: ModelData = {
    numCols,
    numRows,
    colCost: new Float64Array(numCols),
    colLower,
    colUpper,
    rowLower,
    rowUpper,
    matrix: { format: "csr", numRows, numCols, starts, indices, values },
  };
  return { data, column };
}
