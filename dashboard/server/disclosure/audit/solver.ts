import loadHighs, { type Highs, type ModelData } from "highs";

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

export interface LinearProgram {
  /** Σ coefficient × variable (the constant part is added by the caller) */
  objective: ReadonlyMap<string, number>;
  /** Σ coefficient × variable (=, ≥ or ≤) right-hand side */
  constraints: readonly {
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
): [number, number][] {
  const { data, column } = modelData(program);
  const model = highs.createModel(data);
  try {
    // Warm starts need the simplex without presolve (~0.4 ms a solve instead of ~30). The first
    // solve starts cold from the slack basis, where the dual simplex (strategy 1) is faster (cold
    // solves are most of a 100k-record release's LP time; dual cuts it ~20 %); after it only the
    // objective changes, so the last basis stays primal feasible and the primal simplex
    // (strategy 4) starts from it where the dual would first repair it. Optimum values are the
    // same either way.
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
      model.run();
      if (cold) {
        cold = false;
        model.options.set({ simplex_strategy: 4 });
      }
      const s = model.getModelStatus();
      if (s === status.optimal) {
        observe();
        return model.getObjectiveValue();
      }
      if (s === status.unbounded || s === status.unboundedOrInfeasible) return unbounded;
      throw new Error(`audit LP: model status ${s}`);
    };
    return objectives.map((_, q) => {
      const [low, high] = seen[q]!;
      if (wideEnough(q, low, high)) return [low, high];
      for (const [j, c] of terms[q]!) model.changeColCost(j, c);
      const lower = solve(minimize, -Infinity);
      const upper = wideEnough(q, lower, seen[q]![1]) ? seen[q]![1] : solve(maximize, Infinity);
      for (const [j] of terms[q]!) model.changeColCost(j, 0);
      return [lower, upper];
    });
  } finally {
    model.dispose();
  }
}

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
